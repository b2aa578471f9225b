using Leerruimte.Features.RolePlays;
using Leerruimte.IntegrationTests.Meetings;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.RolePlays;

/// <summary>Issue 12, item 4: the app rotates the parts fairly across the cohort when the trainer lets it.</summary>
public sealed class RolePlayRotationTests(FakeClockApp app) : IClassFixture<FakeClockApp>
{
    private Task<RunRolePlay.Setup> SuggestAsync(RolePlayWorld.Room room, RolePlayMode mode, int seed) =>
        app.AsAsync(room.Org.Trainer, (sp, _) => sp.GetRequiredService<RolePlayRotation>().SuggestAsync(room.Session.Id, "richard", mode, new Random(seed)));

    [Fact]
    public async Task Over_rounds_everyone_leads_before_anyone_leads_twice_and_the_rest_observe()
    {
        var room = await app.RunningModuleAsync(module: 2, extra: 4); // seven present
        var led = new List<Guid>();
        for (var round = 0; round < 3; round++)
        {
            var setup = await SuggestAsync(room, RolePlayMode.Estafette, seed: round);
            Assert.Equal(3, setup.Leaders.Count);
            Assert.Equal(room.People.Count, setup.Leaders.Count + setup.Observers.Count + 1);
            var set = await app.TrainerAsync(room, (r, me) => r.SetUpAsync(room.Session.Id, me, setup));
            Assert.Null(set.Error);
            await app.TrainerAsync(room, (r, me) => r.StartAsync(set.Round!.Id, me));
            await app.TrainerAsync(room, (r, me) => r.EndAsync(set.Round!.Id, me));
            app.Clock.Advance(TimeSpan.FromMinutes(20));
            led.AddRange(setup.Leaders);
        }

        Assert.Equal(7, led.Take(7).Distinct().Count()); // the first seven turns go to seven different people
        Assert.All(led.Skip(7), l => Assert.Contains(l, led.Take(3))); // the eighth and ninth to those who led longest ago
    }

    [Fact]
    public async Task The_client_is_who_the_trainer_gave_the_case_to_and_subtitling_asks_for_one_leader()
    {
        var room = await app.RunningModuleAsync(module: 3, extra: 1);
        var trainer = await app.LoginAsync(room.Org.Trainer);
        await (await trainer.PageAsync($"/trainingen/groepen/{room.CohortId}/casussen")).SubmitAsync(trainer, "assign-richard", new Dictionary<string, string>
        {
            ["ClientActor"] = room.People[2].ToString(), ["Carer"] = room.People[3].ToString(),
        });

        var setup = await SuggestAsync(room, RolePlayMode.Subtitling, seed: 1);

        Assert.Equal(room.People[2], setup.ClientActor);
        Assert.Equal(room.People[3], setup.Carer);
        Assert.Single(setup.Leaders);
        Assert.DoesNotContain(room.People[2], setup.Leaders.Concat(setup.Observers));
    }
}

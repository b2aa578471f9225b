using System.Collections.Concurrent;
using Leerruimte.Features.Cohorts;
using Leerruimte.Features.Sessions;
using Leerruimte.IntegrationTests.Cohorts;
using Leerruimte.IntegrationTests.Meetings;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.RunningCases;

/// <summary>
/// Issue 12, item 3 live: a stage released while a training session runs reaches the phones at once. The event says
/// only that the host changed; each phone reads its page again and sees what its person may see.
/// </summary>
public sealed class LiveReleaseTests(FakeClockApp app) : IClassFixture<FakeClockApp>
{
    private static string Cases(Guid cohort) => $"{CohortLinks.Page(cohort)}/casussen";

    [Fact]
    public async Task Releasing_a_stage_during_a_session_tells_its_screens_and_each_phone_then_shows_what_its_person_may_see()
    {
        var org = await app.CreateOrganisationAsync();
        var cohortId = await app.PlanCohortAsync(org, org.Member, org.Colleague, org.Facilitator);
        var first = (await app.CohortAsync(cohortId)).Sessions.Single(s => s.Module == 1);
        app.Clock.SetUtcNow(new DateTimeOffset(first.StartsAt, TimeSpan.Zero));
        var trainer = await app.LoginAsync(org.Trainer);
        await (await trainer.PageAsync(Cases(cohortId))).SubmitAsync(trainer, "assign-johan", new Dictionary<string, string>
        {
            ["ClientActor"] = (await app.PersonIdAsync(org.Member)).ToString(), ["Carer"] = "",
        });
        await app.AsAsync(org.Trainer, (sp, me) => sp.GetRequiredService<SessionCommands>().StartAsync(first.SessionId, me));
        var heard = new ConcurrentBag<SessionEvent>();
        using var listening = app.Services.GetRequiredService<ISessionEvents>().Subscribe(first.SessionId, e => { heard.Add(e); return Task.CompletedTask; });
        var client = await app.LoginAsync(org.Member);
        var observer = await app.LoginAsync(org.Colleague);
        var before = await observer.PageAsync(CohortLinks.Phone(first.Id));

        var released = await (await trainer.PageAsync(Cases(cohortId))).SubmitAsync(trainer, "release-johan-eerste-beeld", new Dictionary<string, string>());
        var observerAfter = await observer.PageAsync(CohortLinks.Phone(first.Id));
        var clientAfter = await client.PageAsync(CohortLinks.Phone(first.Id));

        Assert.Equal(HttpStatusCode.OK, released.Status);
        Assert.Single(heard.OfType<HostChanged>());
        Assert.Empty(before.Document.QuerySelectorAll("[data-host-part=cases] [data-stage]"));
        Assert.Equal(["johan/eerste-beeld"], observerAfter.Document.QuerySelectorAll("[data-host-part=cases] [data-stage]").Select(s => s.GetAttribute("data-stage")));
        Assert.DoesNotContain("Achtergrond voor wie de cliënt speelt", observerAfter.Text);
        Assert.Contains("Achtergrond voor wie de cliënt speelt", clientAfter.Text);
        Assert.Equal(["johan/eerste-beeld"], clientAfter.Document.QuerySelectorAll("[data-host-part=cases] [data-stage]").Select(s => s.GetAttribute("data-stage")));
    }

    [Fact]
    public async Task A_release_between_sessions_tells_no_screen()
    {
        var org = await app.CreateOrganisationAsync();
        var cohortId = await app.PlanCohortAsync(org, org.Member);
        var first = (await app.CohortAsync(cohortId)).Sessions.Single(s => s.Module == 1);
        var heard = new ConcurrentBag<SessionEvent>();
        using var listening = app.Services.GetRequiredService<ISessionEvents>().Subscribe(first.SessionId, e => { heard.Add(e); return Task.CompletedTask; });
        var trainer = await app.LoginAsync(org.Trainer);

        await (await trainer.PageAsync(Cases(cohortId))).SubmitAsync(trainer, "release-johan-eerste-beeld", new Dictionary<string, string>());

        Assert.Empty(heard);
    }
}

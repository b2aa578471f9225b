using Leerruimte.Features.Cohorts;
using Leerruimte.Features.RolePlays;
using Leerruimte.IntegrationTests.Meetings;

namespace Leerruimte.IntegrationTests.RolePlays;

/// <summary>Issue 12, item 4 over HTTP: each phone shows its own part in the round, and the subtitling pause.</summary>
public sealed class RolePlayPhoneTests(FakeClockApp app) : IClassFixture<FakeClockApp>
{
    private async Task<(string? Role, string Text, int Forms)> PhoneAsync(RolePlayWorld.Room room, string email)
    {
        var page = await (await app.LoginAsync(email)).PageAsync(CohortLinks.Phone(room.Session.Id));
        var part = page.Document.QuerySelector("[data-host-part=role-play]");
        return (part?.QuerySelector("[data-my-role]")?.GetAttribute("data-my-role"), part?.TextContent ?? "", part?.QuerySelectorAll("[data-form-about]").Length ?? 0);
    }

    [Fact]
    public async Task Each_phone_shows_its_part_the_leader_with_the_floor_and_the_forms_it_fills_in()
    {
        var room = await app.RunningModuleAsync(module: 3, extra: 1);
        var p = room.People;
        var id = (await app.SetUpAsync(room, RolePlayMode.Estafette, [p[0], p[1]], p[2])).Round!.Id;
        await app.TrainerAsync(room, (r, me) => r.StartAsync(id, me));

        var first = await PhoneAsync(room, room.Emails[0]);
        var second = await PhoneAsync(room, room.Emails[1]);
        var client = await PhoneAsync(room, room.Emails[2]);
        var observer = await PhoneAsync(room, room.Emails[3]);

        Assert.Equal(("ConversationLeader", 1), (first.Role, first.Forms));
        Assert.Contains("Jij bent nu aan het woord.", first.Text);
        Assert.Contains("Jouw eigen kijk invullen", first.Text);
        Assert.Contains("Jij bent de volgende gespreksvoerder.", second.Text);
        Assert.Equal(("ClientActor", 2), (client.Role, client.Forms));
        Assert.Equal(("Observer", 2), (observer.Role, observer.Forms));
        Assert.Contains("Nu aan het woord:", observer.Text);
        Assert.DoesNotContain("Nu aan het woord:", first.Text);
    }

    [Fact]
    public async Task A_subtitled_conversation_stopped_by_the_trainer_says_so_on_every_phone()
    {
        var room = await app.RunningModuleAsync(module: 3);
        var p = room.People;
        var id = (await app.SetUpAsync(room, RolePlayMode.Subtitling, [p[0]], p[1])).Round!.Id;
        await app.TrainerAsync(room, (r, me) => r.StartAsync(id, me));
        await app.TrainerAsync(room, (r, me) => r.SetPausedAsync(id, me, true));

        foreach (var email in room.Emails)
            Assert.Contains("Het gesprek staat stil.", (await PhoneAsync(room, email)).Text);
    }
}

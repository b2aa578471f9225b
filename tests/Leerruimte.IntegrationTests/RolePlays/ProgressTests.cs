using Leerruimte.Features.Cohorts;
using Leerruimte.Features.RolePlays;
using Leerruimte.IntegrationTests.Meetings;
using static Leerruimte.IntegrationTests.RolePlays.ObservationWorld;

namespace Leerruimte.IntegrationTests.RolePlays;

/// <summary>Issue 12, item 5: a participant's feedback over the programme, every round they led and what the observers saw, side by side.</summary>
public sealed class ProgressTests(FakeClockApp app) : IClassFixture<FakeClockApp>
{
    private static List<string> Row(HtmlPage page, string header) =>
        page.Document.QuerySelectorAll("tr").Single(r => r.QuerySelector("th[scope=row]")?.TextContent.Trim() == header)
            .QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();

    /// <summary>
    /// p[0] leads a round in module 2 (every observer rates six statements ja, two nee: 75% in the top two) and two in module 3
    /// (each observer ticks 7 checkpoints, then 14, of 21: 50% over both).
    /// </summary>
    private async Task<(RolePlayWorld.Room Room, RolePlay[] Rounds)> ThreeRoundsAsync()
    {
        var room = await app.RunningModuleAsync(module: 2, extra: 4);
        var p = room.People;
        Guid[] observers = [p[4], p[5], p[6]];
        var first = await app.StartedRoundAsync(room);
        foreach (var o in observers) await app.ObserveAsync(room, o, first.Id, p[0], [.. Rates(4, 4, 4, 4, 4, 4, 1, 1)]);
        await app.EndAsync(room, first.Id);

        room = await app.NextModuleAsync(room, 3);
        var second = await app.StartedRoundAsync(room);
        foreach (var o in observers) await app.ObserveAsync(room, o, second.Id, p[0], [.. Ticks("contactstijl", 1, 2, 3, 4), .. Ticks("bandscheppend", 1, 2, 3)]);
        await app.EndAsync(room, second.Id);
        app.Clock.Advance(TimeSpan.FromMinutes(30));
        var third = await app.StartedRoundAsync(room, leaders: [p[0], p[2]], client: p[1]);
        foreach (var o in observers)
            await app.ObserveAsync(room, o, third.Id, p[0], [.. Ticks("contactstijl", 1, 2, 3, 4), .. Ticks("cognitief-niveau", 1, 2, 3, 4, 5, 6), .. Ticks("bandscheppend", 1, 2, 3, 4)]);
        await app.ObserveAsync(room, p[3], third.Id, p[0], [.. Ticks("irb-fase", 1, 2, 3, 4)]); // the carer: not an observer
        await app.EndAsync(room, third.Id);
        return (room, [first, second, third]);
    }

    [Fact]
    public async Task A_participant_sees_every_round_they_led_the_observers_counts_per_round_and_the_share_per_module()
    {
        var (room, rounds) = await ThreeRoundsAsync();
        var me = await app.LoginAsync(room.Emails[0]);

        var cohort = await me.PageAsync(CohortLinks.Page(room.CohortId));
        var page = await me.PageAsync(RolePlayLinks.Progress(room.CohortId));

        Assert.Contains(RolePlayLinks.Progress(room.CohortId), cohort.Document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Contains("Mijn feedback uit de rollenspellen", cohort.Text);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Mijn feedback uit de rollenspellen", page.H1);
        var links = page.Document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        foreach (var round in rounds) Assert.Contains(RolePlayLinks.Feedback(round.Id, room.People[0]), links);
        Assert.Equal(3, page.Document.QuerySelectorAll("[aria-labelledby=rounds-caption] tbody tr").Length);
        Assert.Contains("Johan", page.Document.QuerySelector("[aria-labelledby=rounds-caption] tbody tr td:nth-child(3)")!.TextContent);
        var captions = page.All("caption").ToList();
        Assert.Contains("Observatieformulier bij module 3", captions);
        Assert.DoesNotContain("Observatieformulier bij module 2", captions); // used in one round only
        var headers = page.All("thead th[scope=col]").Where(h => h.StartsWith("Ronde ")).ToList();
        Assert.Equal(2, headers.Count);
        Assert.StartsWith("Ronde 1, ", headers[0]);
        Assert.StartsWith("Ronde 2, ", headers[1]);
        Assert.Equal(["3 van 3", "3 van 3"], Row(page, "op het verstandelijke vlak"));
        Assert.Equal(["0 van 3", "3 van 3"], Row(page, "gebruikt de woorden van de burger"));
        Assert.Equal(["0 van 3", "0 van 3"], Row(page, "verkennen")); // the carer's ticks are not counted
        var shares = page.All("[data-shares] dd").ToList();
        Assert.Equal("75% van de beoordelingen was grotendeels of ja (uit 3 formulieren van observatoren)", shares[0]);
        Assert.Equal("50% van de kijkpunten gezien (uit 6 formulieren van observatoren)", shares[1]);
    }

    [Fact]
    public async Task The_trainer_reads_a_participants_progress_and_nobody_else_does()
    {
        var (room, _) = await ThreeRoundsAsync();
        var p = room.People;
        var other = await app.CreateOrganisationAsync();
        var of = $"{RolePlayLinks.Progress(room.CohortId)}?deelnemer={p[0]}";
        async Task<HtmlPage> AsAsync(string email, string address) => await (await app.LoginAsync(email)).PageAsync(address);

        var trainer = await AsAsync(room.Org.Trainer, of);
        var cohortPage = await AsAsync(room.Org.Trainer, Leerruimte.Features.Cohorts.CohortLinks.Page(room.CohortId));

        Assert.Contains(of, cohortPage.Document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal(HttpStatusCode.OK, trainer.Status);
        Assert.Contains(await app.NameAsync(p[0]), trainer.H1);
        Assert.Contains("50% van de kijkpunten gezien", trainer.Text);
        Assert.Equal(HttpStatusCode.OK, (await AsAsync(room.Emails[1], RolePlayLinks.Progress(room.CohortId))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await AsAsync(room.Emails[1], of)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await AsAsync(room.Org.Trainer, RolePlayLinks.Progress(room.CohortId))).Status); // no participant
        Assert.Equal(HttpStatusCode.NotFound, (await AsAsync(room.Org.Trainer, $"{RolePlayLinks.Progress(room.CohortId)}?deelnemer={Guid.NewGuid()}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await AsAsync(room.Org.Leader, of)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await AsAsync(room.Org.Admin, of)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await AsAsync(other.Trainer, of)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await AsAsync(other.Member, RolePlayLinks.Progress(room.CohortId))).Status);
    }
}

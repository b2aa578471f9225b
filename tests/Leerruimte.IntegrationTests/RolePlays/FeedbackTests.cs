using Leerruimte.Features.RolePlays;
using Leerruimte.IntegrationTests.Meetings;
using static Leerruimte.IntegrationTests.RolePlays.ObservationWorld;

namespace Leerruimte.IntegrationTests.RolePlays;

/// <summary>Issue 12, item 5: each conversation leader receives the combined feedback, their own view beside the observers' and never averaged into it.</summary>
public sealed class FeedbackTests(FakeClockApp app) : IClassFixture<FakeClockApp>
{
    /// <summary>The cells of the table row headed by <paramref name="header"/>.</summary>
    private static List<string> Row(HtmlPage page, string header) =>
        page.Document.QuerySelectorAll("tr").Single(r => r.QuerySelector("th[scope=row]")?.TextContent.Trim() == header)
            .QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();

    [Fact]
    public async Task The_leader_sees_the_observers_ticks_counted_their_own_view_the_client_and_carer_apart_and_the_remarks_without_names()
    {
        var room = await app.RunningModuleAsync(module: 3, extra: 5);
        var p = room.People;
        var round = await app.StartedRoundAsync(room);
        await app.ObserveAsync(room, p[4], round.Id, p[0], [.. Ticks("contactstijl", 1, 2), Remark("Zeker doorvragen")]);
        await app.ObserveAsync(room, p[5], round.Id, p[0], [.. Ticks("contactstijl", 1), Remark("Anders: goed geluisterd")]);
        await app.ObserveAsync(room, p[6], round.Id, p[0], [.. Ticks("contactstijl", 1, 2), Remark("Bijna alles gezien")]);
        await app.ObserveAsync(room, p[7], round.Id, p[0], [.. Ticks("contactstijl", 3), Remark("Concept, niet verstuurd")], go: "save");
        await app.ObserveAsync(room, p[0], round.Id, p[0], [.. Ticks("contactstijl", 4), Remark("Ik was zenuwachtig")]);
        await app.ObserveAsync(room, p[2], round.Id, p[0], [.. Ticks("contactstijl", 3), Remark("Ik voelde me gehoord")]);
        await app.ObserveAsync(room, p[4], round.Id, p[1], [.. Ticks("contactstijl", 3)]); // about the other leader

        var page = await (await app.LoginAsync(room.EmailOf(p[0]))).PageAsync(RolePlayLinks.Feedback(round.Id, p[0]));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(await app.NameAsync(p[0]), page.H1);
        Assert.Contains("ronde 1", page.H1);
        Assert.Contains("3 van 4 observatoren hebben hun formulier verstuurd.", page.Text);
        Assert.Equal("Observatieformulier bij module 3", page.Document.QuerySelector("caption")!.TextContent.Trim());
        Assert.Equal(["Kijkpunt", "Eigen kijk", "Cliënt", "Mantelzorger", "Observatoren"], page.All("thead th[scope=col]"));
        Assert.Contains("De gespreksvoerder stemt de contactstijl af op de burger", page.All("th[scope=rowgroup]"));
        Assert.Equal(["niet gezien", "niet gezien", "nog niet verstuurd", "3 van 3"], Row(page, "op het verstandelijke vlak"));
        Assert.Equal(["niet gezien", "niet gezien", "nog niet verstuurd", "2 van 3"], Row(page, "op het levensbeschouwelijke vlak"));
        Assert.Equal(["niet gezien", "gezien", "nog niet verstuurd", "0 van 3"], Row(page, "op het lichamelijke vlak")); // the draft and the other leader's form do not count
        Assert.Equal(["gezien", "niet gezien", "nog niet verstuurd", "0 van 3"], Row(page, "op het gevoelsmatige vlak")); // the own view is not an observer's
        Assert.Equal(["Anders: goed geluisterd", "Bijna alles gezien", "Zeker doorvragen"], page.All("[data-remarks] li"));
        Assert.Contains("Ik was zenuwachtig", page.Text);
        Assert.Contains("Ik voelde me gehoord", page.Text);
        Assert.DoesNotContain("Concept, niet verstuurd", page.Text);
        Assert.DoesNotContain(await app.NameAsync(p[4]), page.Text);
        Assert.DoesNotContain("gemiddeld:", page.Text);
    }

    [Fact]
    public async Task With_a_cohort_that_names_its_observers_the_statements_show_counts_per_point_and_the_remarks_their_writer()
    {
        var room = await app.RunningModuleAsync(module: 2, extra: 4, namesObservers: true);
        var p = room.People;
        var (leader, named, other) = (p[3], await app.NameAsync(p[0]), await app.NameAsync(p[2]));
        var round = await app.StartedRoundAsync(room, leaders: [p[3], p[4]], carer: false, client: p[5]); // client p[5], observers p[0], p[1], p[2], p[6]
        await app.ObserveAsync(room, p[0], round.Id, leader, [.. Rates(4, 1), Remark("Zeker: duidelijk doel")]);
        await app.ObserveAsync(room, p[1], round.Id, leader, [.. Rates(4, 2)]);
        await app.ObserveAsync(room, p[2], round.Id, leader, [.. Rates(3, 2), Remark("Anders: rustig tempo")]);
        await app.ObserveAsync(room, p[6], round.Id, leader, [.. Rates(1, 1)], go: "save");
        await app.ObserveAsync(room, leader, round.Id, leader, [.. Rates(2, 2)]);

        var page = await (await app.LoginAsync(room.Org.Trainer)).PageAsync(RolePlayLinks.Feedback(round.Id, leader));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("3 van 4 observatoren hebben hun formulier verstuurd.", page.Text);
        Assert.Equal(["Uitspraak", "Eigen kijk", "Cliënt", "Observatoren"], page.All("thead th[scope=col]"));
        Assert.Equal(["enigszins", "nog niet verstuurd", "ja 2 · grotendeels 1"], Row(page, "De gespreksvoerder vertelt waar het gesprek voor is."));
        Assert.Equal(["enigszins", "nog niet verstuurd", "enigszins 2 · nee 1"], Row(page, "De gespreksvoerder legt uit welke rol hij of zij in het gesprek heeft."));
        Assert.Equal(["–", "nog niet verstuurd", "–"], Row(page, "De gespreksvoerder vraagt door en wil de situatie echt begrijpen."));
        var remarks = page.All("[data-remarks] li").ToList();
        Assert.Equal(2, remarks.Count);
        Assert.Contains(remarks, r => r.Contains(named) && r.Contains("Zeker: duidelijk doel"));
        Assert.Contains(remarks, r => r.Contains(other) && r.Contains("Anders: rustig tempo"));
    }

    [Fact]
    public async Task Without_names_the_answers_of_fewer_observers_than_the_minimum_group_wait_so_nobody_can_tell_who_wrote_what()
    {
        var room = await app.RunningModuleAsync(module: 2, extra: 2);
        var p = room.People;
        var round = await app.StartedRoundAsync(room, carer: false); // observers p[3] and p[4]
        await app.ObserveAsync(room, p[3], round.Id, p[0], [.. Rates(4, 4), Remark("Alleen ik schreef dit")]);
        await app.ObserveAsync(room, p[4], round.Id, p[0], [.. Rates(1, 1)], go: "save");

        var page = await (await app.LoginAsync(room.EmailOf(p[0]))).PageAsync(RolePlayLinks.Feedback(round.Id, p[0]));

        Assert.Contains("1 van 2 observatoren hebben hun formulier verstuurd.", page.Text);
        Assert.Contains("zodra ten minste 3 observatoren hun formulier hebben verstuurd", page.Text);
        Assert.Equal("–", Row(page, "De gespreksvoerder vertelt waar het gesprek voor is.").Last());
        Assert.DoesNotContain("Alleen ik schreef dit", page.Text);
    }

    [Fact]
    public async Task Only_the_leader_and_the_cohorts_trainer_read_the_feedback()
    {
        var room = await app.RunningModuleAsync(module: 3, extra: 2);
        var p = room.People;
        var round = await app.StartedRoundAsync(room);
        var other = await app.CreateOrganisationAsync();
        async Task<HttpStatusCode> StatusAsync(string email) => (await (await app.LoginAsync(email)).PageAsync(RolePlayLinks.Feedback(round.Id, p[0]))).Status;

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(room.EmailOf(p[0])));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(room.Org.Trainer));
        foreach (var person in new[] { p[1], p[2], p[3], p[4] }) Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(room.EmailOf(person)));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(room.Org.Leader));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(room.Org.Admin));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(other.Trainer));
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.LoginAsync(room.Org.Trainer)).PageAsync(RolePlayLinks.Feedback(round.Id, p[2]))).Status); // the client led nothing
    }
}

using Leerruimte.Features.Dashboards;
using Leerruimte.Features.Development;
using Leerruimte.Features.TeamActions;
using Leerruimte.IntegrationTests.Meetings;

namespace Leerruimte.IntegrationTests.Dashboards;

/// <summary>
/// The feedback form per statement, the meter over the quarters, what is still open and the topics people want to
/// grow in: each figure from small data whose answer is known, with the minimum group applied in the database.
/// </summary>
public sealed class MoreFiguresTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    [Fact]
    public async Task The_feedback_form_gives_the_mean_score_per_meeting_of_each_statement_of_the_chosen_module()
    {
        var w = await DashboardWorld.CreateAsync(app, ("oost", 5));
        var p = w.People("oost");
        await w.FeedbackAsync(await w.MeetingAsync("oost", w.In(1), p[..3]), 4, 3);
        await w.FeedbackAsync(await w.MeetingAsync("oost", w.In(1, day: 7), p[..4]), 2, 3);
        await w.FeedbackAsync(await w.MeetingAsync("oost", w.In(1, day: 9), p[..4], DashboardWorld.OtherModule), 1, 1);

        var cells = await w.CellsAsync(Measure.Feedback, withTotal: false, module: MeetingWorld.Module);

        var first = Assert.Single(cells, c => c.Part == "stelling-1" && c.Quarter == 1);
        Assert.Equal((2, 4), (first.Items, first.People)); // the other module's meeting is not in it
        Assert.Equal(3.0, first.AveragePerItemA, 6);
        Assert.Equal(3.0, Assert.Single(cells, c => c.Part == "stelling-2" && c.Quarter == 1).AveragePerItemA, 6);
    }

    [Fact]
    public async Task The_leader_reads_the_statements_with_a_module_chosen_and_is_asked_to_choose_one_without()
    {
        var w = await DashboardWorld.CreateAsync(app, ("oost", 5));
        var p = w.People("oost");
        await w.FeedbackAsync(await w.MeetingAsync("oost", w.In(2), p[..3]), 4, 2);
        await w.FeedbackAsync(await w.MeetingAsync("oost", w.In(2, day: 7), p[..3]), 3, 2);
        var leader = await app.LoginAsync(w.LeaderOf("oost"));
        var path = $"/teams/{w.Team("oost")}/dashboard?jaar={w.Year.Year}";

        var chosen = await leader.PageAsync($"{path}&module={MeetingWorld.Module}");
        var all = await leader.PageAsync(path);

        var table = DashboardWorld.Table(chosen, "Terugkoppeling: score per stelling");
        var row = table.QuerySelectorAll("tbody tr").Select(tr => tr.Children.Select(c => c.TextContent.Trim()).ToArray()).First();
        Assert.StartsWith("Alle teamleden begrijpen wat de competentie inhoudt", row[0]);
        Assert.Equal(["–", "3,5", "–", "–", "3,5"], row[1..]);
        Assert.Contains("Kies hierboven een module om de scores per stelling te zien.", all.Text);
    }

    [Fact]
    public async Task The_meter_counts_only_measurements_members_let_count_in_the_team_and_from_k_people()
    {
        var w = await DashboardWorld.CreateAsync(app, ("oost", 5));
        var p = w.People("oost");
        await w.MeasurementAsync("oost", p[0], w.In(2), shared: true, 3, 3);
        await w.MeasurementAsync("oost", p[1], w.In(2), shared: true, 4, 4);
        await w.MeasurementAsync("oost", p[2], w.In(2), shared: true, 5, 5);
        await w.MeasurementAsync("oost", p[3], w.In(2), shared: false, 1, 1);
        await w.MeasurementAsync("oost", p[0], w.In(3), shared: true, 5, 5);
        await w.MeasurementAsync("oost", p[1], w.In(3), shared: true, 5, 5);

        var cells = await w.CellsAsync(Measure.Meter, withTotal: false);

        var second = Assert.Single(cells, c => c.Part is not null && c.Quarter == 2);
        Assert.Equal((3, 4.0), (second.People, second.AverageA));
        Assert.DoesNotContain(cells, c => c.Quarter == 3); // two people
    }

    [Fact]
    public async Task Open_work_counts_actions_awaiting_their_follow_up_and_the_teams_actions_open_and_done()
    {
        var w = await DashboardWorld.CreateAsync(app, ("oost", 5));
        var p = w.People("oost");
        var meeting = await w.MeetingAsync("oost", w.In(1), p[..4]);
        for (var i = 0; i < 3; i++) await w.ActionAsync(meeting, p[i], before: 5, after: null);
        await w.ActionAsync(meeting, p[3], before: 5, after: 7);
        for (var i = 0; i < 3; i++) await w.TeamActionAsync("oost", p[i], TeamActionStatus.Open, w.In(2));
        await w.TeamActionAsync("oost", null, TeamActionStatus.Done, w.In(2));
        await w.TeamActionAsync("oost", p[4], TeamActionStatus.Dropped, w.In(2));

        var cells = await w.CellsAsync(Measure.Open, withTotal: false);

        Assert.Equal(3, Assert.Single(cells, c => c.Part == Measures.AwaitingFollowUpPart && c.Quarter == 1).Items);
        Assert.Equal(3, Assert.Single(cells, c => c.Part == Measures.TeamActionOpenPart && c.Quarter == 2).Items);
        Assert.DoesNotContain(cells, c => c.Part == Measures.TeamActionDonePart); // one action, the team's own: below the minimum
    }

    [Fact]
    public async Task Topics_count_the_people_with_a_development_point_on_a_statement_and_only_from_k_people()
    {
        var w = await DashboardWorld.CreateAsync(app, ("oost", 6));
        var p = w.People("oost");
        for (var i = 0; i < 3; i++) await w.PointAsync(p[i], "st-a", w.In(1));
        await w.PointAsync(p[3], "st-b", w.In(1));
        await w.PointAsync(p[4], "st-b", w.In(1));
        await w.PointAsync(p[5], "st-b", w.In(1), PointStatus.Dropped);
        var leader = await app.LoginAsync(w.LeaderOf("oost"));

        var cells = await w.CellsAsync(Measure.Topics, withTotal: false);
        var page = await leader.PageAsync($"/teams/{w.Team("oost")}/dashboard?jaar={w.Year.Year}");

        Assert.Equal(3, Assert.Single(cells, c => c.Part == "st-a" && c.Quarter == 1).People);
        Assert.DoesNotContain(cells, c => c.Part == "st-b");
        Assert.Equal(["Tekst van st-a", "3", "–", "–", "–", "3"], DashboardWorld.Row(DashboardWorld.Table(page, "Onderwerpen om in te groeien"), "Tekst van st-a"));
        Assert.DoesNotContain("Tekst van st-b", page.Text);
        Assert.DoesNotContain("Beter doorvragen", page.Text); // what someone wrote stays theirs
    }
}

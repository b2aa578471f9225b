using Leerruimte.Features.Dashboards;
using Leerruimte.Features.LearningLog;
using Leerruimte.Features.Meetings;
using Leerruimte.IntegrationTests.Meetings;

namespace Leerruimte.IntegrationTests.Dashboards;

/// <summary>
/// The dashboard's figures as the database computes them, on SQLite and PostgreSQL, from records whose right answers
/// the test knows; and the disclosure rule of ADR 0016: no figure from fewer than k people, and no two figures whose
/// groups differ by 1 to k-1 people.
/// </summary>
public sealed class CellsTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    [Fact]
    public async Task Meetings_held_and_attendance_count_per_team_module_and_quarter_and_a_team_below_the_minimum_adds_nothing()
    {
        var w = await DashboardWorld.CreateAsync(app, ("noord", 6), ("zuid", 2));
        var (n, z) = (w.People("noord"), w.People("zuid"));
        await w.MeetingAsync("noord", w.In(1), n[..4]);
        await w.MeetingAsync("noord", w.In(1, day: 7), n[..4]);
        await w.MeetingAsync("noord", w.In(2), n[..4], module: DashboardWorld.OtherModule);
        await w.MeetingAsync("noord", w.In(3), n[1..3]); // two present: below the minimum
        await w.MeetingAsync("noord", w.In(4), n, status: MeetingStatus.Cancelled); // not held
        await w.MeetingAsync("zuid", w.In(1), z);

        var cells = await w.CellsAsync(Measure.Meetings);

        var q1 = Single(cells, w.Team("noord"), MeetingWorld.Module, 1);
        Assert.Equal((4, 2, 8), (q1.People, q1.Items, q1.Records));
        var year = Single(cells, w.Team("noord"), null, null);
        Assert.Equal((4, 3, 12), (year.People, year.Items, year.Records)); // the third quarter's meeting of two is not in it
        Assert.DoesNotContain(cells, c => c.TeamId == w.Team("zuid"));
        Assert.DoesNotContain(cells, c => c.Quarter == 3);
        var total = Single(cells, null, null, null);
        Assert.Equal((4, 3, 12), (total.People, total.Items, total.Records)); // zuid's meeting of two is not in the total either
    }

    [Fact]
    public async Task A_larger_cell_whose_group_differs_from_one_inside_it_by_fewer_than_k_people_is_held_back()
    {
        var w = await DashboardWorld.CreateAsync(app, ("oost", 6));
        var p = w.People("oost");
        await w.MeetingAsync("oost", w.In(1), p[..3]);
        await w.MeetingAsync("oost", w.In(2), p[..4]);

        var cells = await w.CellsAsync(Measure.Meetings);

        Assert.Equal(3, Single(cells, w.Team("oost"), MeetingWorld.Module, 1).People);
        Assert.Equal(4, Single(cells, w.Team("oost"), MeetingWorld.Module, 2).People);
        // The year's group (4) is one more than the first quarter's (3): showing both would single out the fourth person.
        Assert.DoesNotContain(cells, c => c.Quarter is null);
        AssertNoPairRevealsAPerson(cells, 3);
    }

    [Fact]
    public async Task Actions_give_the_average_before_and_after_of_those_who_answered_the_follow_up()
    {
        var w = await DashboardWorld.CreateAsync(app, ("west", 5));
        var p = w.People("west");
        var meeting = await w.MeetingAsync("west", w.In(2), p);
        await w.ActionAsync(meeting, p[0], before: 4, after: 6);
        await w.ActionAsync(meeting, p[1], before: 5, after: 7);
        await w.ActionAsync(meeting, p[2], before: 6, after: 8);
        await w.ActionAsync(meeting, p[3], before: 3, after: null); // no follow-up yet

        var cell = Single(await w.CellsAsync(Measure.Actions, withTotal: false), w.Team("west"), MeetingWorld.Module, 2);

        Assert.Equal((3, 3), (cell.People, cell.Records));
        Assert.Equal((5.0, 7.0), (cell.AverageA, cell.AverageB));
    }

    [Fact]
    public async Task The_learning_mix_sums_minutes_per_category_of_the_members_log()
    {
        var w = await DashboardWorld.CreateAsync(app, ("midden", 4));
        var p = w.People("midden");
        var day = DateOnly.FromDateTime(w.In(1));
        foreach (var person in p[..3]) await w.LogAsync(person, day, LearningCategory.Practice, 120);
        foreach (var person in p[..3]) await w.LogAsync(person, day, LearningCategory.Social, 60);
        await w.LogAsync(p[3], day, LearningCategory.Formal, 480); // one person: not a figure of its own, nor in the total

        var cells = await w.CellsAsync(Measure.Learning, withTotal: false);

        Assert.Equal(360, Single(cells, w.Team("midden"), "70", 1).SumA);
        Assert.Equal(180, Single(cells, w.Team("midden"), "20", 1).SumA);
        Assert.DoesNotContain(cells, c => c.Part == "10");
        Assert.Equal((3, 540.0), (Single(cells, w.Team("midden"), null, 1).People, Single(cells, w.Team("midden"), null, 1).SumA));
    }

    [Fact]
    public async Task Over_a_year_of_varied_attendance_in_three_teams_no_two_figures_differ_by_fewer_than_k_people()
    {
        var w = await DashboardWorld.CreateAsync(app, ("a", 8), ("b", 5), ("c", 3));
        var random = new Random(13);
        foreach (var team in new[] { "a", "b", "c" })
            for (var quarter = 1; quarter <= 4; quarter++)
                foreach (var module in new[] { MeetingWorld.Module, DashboardWorld.OtherModule })
                    await w.MeetingAsync(team, w.In(quarter, random.Next(30)), w.People(team).Where(_ => random.Next(4) > 0), module);

        foreach (var k in new[] { 2, 3, 4 })
        {
            var cells = await w.CellsAsync(Measure.Meetings, k: k);
            Assert.NotEmpty(cells);
            Assert.All(cells, c => Assert.True(c.People >= k));
            AssertNoPairRevealsAPerson(cells, k);
        }
    }

    private static void AssertNoPairRevealsAPerson(List<Cell> cells, int k)
    {
        foreach (var outer in cells)
            foreach (var inner in cells.Where(outer.Holds))
                Assert.True(outer.People - inner.People is 0 || outer.People - inner.People >= k,
                    $"{outer} and {inner} differ by {outer.People - inner.People} people");
    }

    private static Cell Single(List<Cell> cells, Guid? team, string? part, int? quarter) =>
        Assert.Single(cells, c => c.TeamId == team && c.Part == part && c.Quarter == quarter);
}

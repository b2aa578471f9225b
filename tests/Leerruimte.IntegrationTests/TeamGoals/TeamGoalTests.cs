using Leerruimte.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.TeamGoals;

public sealed class TeamGoalTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    [Fact]
    public async Task A_member_adds_a_goal_records_values_and_sees_the_progress_in_words_bar_and_chart()
    {
        var org = await app.CreateOrganisationAsync();
        var team = await app.TeamIdAsync(org);
        var member = await app.LoginAsync(org.Member);
        var goal = await member.AddGoalAsync(team);

        await member.RecordAsync(goal, app.Today().AddDays(-14), "60");
        var recorded = await member.RecordAsync(goal, app.Today().AddDays(-7), "67,5");
        var list = await member.PageAsync($"/teams/{team}/doelen");

        Assert.Equal(HttpStatusCode.OK, recorded.Status);
        Assert.Contains("De meetwaarde is opgeslagen.", recorded.Text);
        Assert.Contains("Laatste meting: 67,5%", list.Text);
        Assert.Contains("Begonnen bij 55%, streefwaarde 80%", list.Text);
        Assert.Contains("50% van de weg naar de streefwaarde afgelegd", list.Text);
        Assert.Equal("50", list.Document.QuerySelector("progress.app-goal-progress")!.GetAttribute("value"));
        var page = await member.PageAsync(goal);
        Assert.Equal(["60", "67,5"], page.All("[data-chart] tbody td"));
        Assert.Equal([60, 67.5], page.ChartData().GetProperty("series")[0].GetProperty("values").EnumerateArray().Select(v => v.GetDouble()));
        Assert.Equal(80, page.ChartData().GetProperty("target").GetProperty("value").GetDouble());
        Assert.Contains("ingevoerd door Teamlid", page.Document.QuerySelector("details")!.TextContent);
    }

    [Fact]
    public async Task A_value_typed_wrongly_is_taken_off_by_whoever_recorded_it_or_the_leader_and_by_nobody_else()
    {
        var org = await app.CreateOrganisationAsync();
        var team = await app.TeamIdAsync(org);
        var member = await app.LoginAsync(org.Member);
        var facilitator = await app.LoginAsync(org.Facilitator);
        var goal = await member.AddGoalAsync(team);
        await member.RecordAsync(goal, app.Today().AddDays(-7), "675");
        await facilitator.RecordAsync(goal, app.Today(), "70");
        var goalId = Guid.Parse(goal.Split('/')[^1]);
        var valuesOf = () => app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().GoalValues.IgnoreQueryFilters()
            .Where(v => v.GoalId == goalId).OrderBy(v => v.Date).Select(v => new { v.Id, v.Value }).ToListAsync());
        var (wrong, right) = (await valuesOf()) switch { [var w, var r] => (w.Id, r.Id), var all => throw new Xunit.Sdk.XunitException($"{all.Count} values") };

        var facilitatorsPage = await facilitator.PageAsync(goal);
        var byOther = await facilitatorsPage.SubmitAsync(facilitator, "remove-value", [], ("RemoveValue", wrong.ToString()));
        var garbage = await facilitatorsPage.SubmitAsync(facilitator, "remove-value", [], ("RemoveValue", "geen-id"));
        var own = await (await member.PageAsync(goal)).SubmitAsync(member, "remove-value", [], ("RemoveValue", wrong.ToString()));
        var leader = await app.LoginAsync(org.Leader);
        var byLeader = await (await leader.PageAsync(goal)).SubmitAsync(leader, "remove-value", [], ("RemoveValue", right.ToString()));

        Assert.Single(facilitatorsPage.Document.QuerySelectorAll("button[name=RemoveValue]"));
        Assert.Contains("Alleen wie deze waarde invulde, of de leidinggevende van het team, kan hem weghalen.", byOther.Text);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (byOther.Status, garbage.Status));
        Assert.Contains("Deze waarde staat er niet (meer).", garbage.Text);
        Assert.Contains("De waarde is weggehaald.", own.Text);
        Assert.Equal(["70"], own.All("[data-chart] tbody td"));
        Assert.Contains("De waarde is weggehaald.", byLeader.Text);
        Assert.Empty(await valuesOf());
    }

    [Fact]
    public async Task A_goal_is_marked_achieved_and_changed_by_another_member_of_the_team()
    {
        var org = await app.CreateOrganisationAsync();
        var team = await app.TeamIdAsync(org);
        var goal = await (await app.LoginAsync(org.Member)).AddGoalAsync(team);
        var facilitator = await app.LoginAsync(org.Facilitator);

        var achieved = await (await facilitator.PageAsync(goal)).SubmitAsync(facilitator, "goal-status", new Dictionary<string, string>(), ("NewStatus", "Achieved"));
        var changed = await (await facilitator.PageAsync(goal)).SubmitAsync(facilitator, "edit-goal",
            GoalWorld.Goal(title: "Binnen drie werkdagen een eerste gesprek", target: "90"));

        Assert.Contains("De status is nu: Bereikt.", achieved.Text);
        Assert.Equal("Binnen drie werkdagen een eerste gesprek", changed.H1);
        Assert.Contains("streefwaarde 90%", changed.Text);
        Assert.Contains("Bereikt", (await facilitator.PageAsync($"/teams/{team}/doelen")).Text);
    }

    [Fact]
    public async Task Everyone_in_the_team_sees_its_goals_and_nobody_else_even_learns_they_exist()
    {
        var (org, other) = (await app.CreateOrganisationAsync(), await app.CreateOrganisationAsync("Ander"));
        var team = await app.TeamIdAsync(org);
        var otherTeam = await app.TeamIdAsync(org, org.OtherTeam);
        var goal = await (await app.LoginAsync(org.Member)).AddGoalAsync(team);
        var otherGoal = await (await app.LoginAsync(org.Member)).AddGoalAsync(otherTeam, GoalWorld.Goal(title: "Doel van het andere team"));

        foreach (var person in new[] { org.Member, org.Facilitator, org.Leader, org.Colleague })
        {
            var client = await app.LoginAsync(person);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/teams/{team}/doelen")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(goal)).StatusCode);
        }
        // The facilitator, leader and trainer are not in the other team; the admin and the loner in none; the other organisation's people nowhere.
        var outsiders = new[] { (org.Facilitator, otherTeam, otherGoal), (org.Leader, otherTeam, otherGoal), (org.Admin, team, goal), (org.Loner, team, goal), (org.Trainer, team, goal),
            (other.Admin, team, goal), (other.Member, team, goal) };
        foreach (var (person, teamId, goalPage) in outsiders)
        {
            var client = await app.LoginAsync(person);
            var list = await client.PageAsync($"/teams/{teamId}/doelen");
            var page = await client.PageAsync(goalPage);
            Assert.True(list.Status == HttpStatusCode.NotFound, $"{person}: {list.Status}");
            Assert.True(page.Status == HttpStatusCode.NotFound, $"{person}: {page.Status}");
            Assert.DoesNotContain("eerste gesprek", list.Text + page.Text);
        }
        // A goal of one team is not shown under another team's address, not even to someone in both.
        var wrongTeam = goal.Replace(team.ToString(), otherTeam.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.LoginAsync(org.Member)).GetAsync(wrongTeam)).StatusCode);
    }

    [Fact]
    public async Task An_outsider_cannot_record_a_value_or_change_a_goal_by_posting_to_it()
    {
        var org = await app.CreateOrganisationAsync();
        var team = await app.TeamIdAsync(org);
        var goal = await (await app.LoginAsync(org.Member)).AddGoalAsync(team);
        var admin = await app.LoginAsync(org.Admin);
        // A genuine form of the admin's own (antiforgery), aimed at the goal.
        var own = await admin.PageAsync("/beheer/teams");
        var token = own.Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";

        var posted = await admin.PostAsync(goal, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "record-value", ["__RequestVerificationToken"] = token, ["Value.Date"] = app.Today().ToString("yyyy-MM-dd"), ["Value.Value"] = "99",
        }));

        Assert.True(posted.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, posted.StatusCode.ToString());
        Assert.Equal(0, await ValuesOfAsync(goal));
    }

    [Fact]
    public async Task A_goal_keeps_at_most_five_hundred_values_and_says_so_when_full()
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);
        var goal = await member.AddGoalAsync(await app.TeamIdAsync(org));
        var id = Guid.Parse(goal.Split('/')[^1]);
        var today = app.Today();
        await app.InScopeAsync(async sp =>
        {
            sp.GetRequiredService<Leerruimte.Tenancy.TenantContext>().Enter(org.Id);
            var db = sp.GetRequiredService<LeerruimteDb>();
            db.GoalValues.AddRange(Enumerable.Range(0, Leerruimte.Features.TeamGoals.TeamGoal.MaxValues).Select(i => new Leerruimte.Features.TeamGoals.GoalValue
                { GoalId = id, Date = today.AddDays(-i % 1000), Value = i, RecordedAt = app.UtcNow }));
            await db.SaveChangesAsync();
        });

        var result = await member.RecordAsync(goal, today, "70");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("Dit doel heeft al 500 meetwaarden, het maximum.", result.Text);
        Assert.Equal(500, await ValuesOfAsync(goal));
    }

    private Task<int> ValuesOfAsync(string goalPage)
    {
        var id = Guid.Parse(goalPage.Split('/')[^1]);
        return app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().GoalValues.IgnoreQueryFilters([TenantFilters.Name]).CountAsync(v => v.GoalId == id));
    }
}

using Leerruimte.Data;
using Leerruimte.Features.BoardSessions;
using Leerruimte.Features.Meetings;
using Leerruimte.Features.Sessions;
using Leerruimte.Features.TeamActions;
using Leerruimte.IntegrationTests.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.BoardSessions;

public sealed class BoardSessionTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    private async Task<Guid> StartAsync(TestOrganisation org, string chair, string category = "Other")
    {
        var client = await app.LoginAsync(chair);
        var team = await app.TeamIdAsync(org);
        var form = await client.PageAsync($"/teams/{team}/bordsessies");
        var start = MeetingWorld.DutchTimeOf(app.UtcNow);
        var ticked = form.Document.QuerySelectorAll($"input[name={InviteeChoice.FieldName}][checked]").Select(i => new KeyValuePair<string, string>(InviteeChoice.FieldName, i.GetAttribute("value")!));
        var planned = await form.SubmitAsync(client, "plan-board", new Dictionary<string, string>
        {
            ["Input.Date"] = start.ToString("yyyy-MM-dd"), ["Input.Time"] = start.ToString("HH:mm"), ["Input.Place"] = "Teamruimte",
            ["Input.RegisterCategory"] = category,
        }.Concat(ticked));
        Assert.Equal(HttpStatusCode.Redirect, planned.Status);
        var id = Guid.Parse(planned.Response.Headers.Location!.OriginalString.Split('/')[^2]);
        Assert.Null((await CommandAsync(chair, id, (c, s, me) => c.StartAsync(s, me))).Error);
        return id;
    }

    private async Task<SessionCommands.Result> CommandAsync(string email, Guid board, Func<SessionCommands, Guid, Guid, Task<SessionCommands.Result>> command)
    {
        var session = await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().BoardSessions.IgnoreQueryFilters().Where(b => b.Id == board).Select(b => b.SessionId).SingleAsync());
        return await app.AsAsync(email, (sp, me) => command(sp.GetRequiredService<SessionCommands>(), session, me));
    }

    private Task<(TeamAction? Action, string? Error)> ActionAsync(string email, TestOrganisation org, Guid board, string text) =>
        app.AsAsync(email, async (sp, me) => await sp.GetRequiredService<RecordTeamAction>()
            .AddAsync(await app.TeamIdAsync(org), new Origin(BoardSession.Kind, board), me, text, null, null));

    [Fact]
    public async Task A_board_session_follows_the_five_steps_of_the_work_form()
    {
        var org = await app.CreateOrganisationAsync();
        var id = await StartAsync(org, org.Member);

        var script = await app.InScopeAsync(async sp =>
            await sp.GetRequiredService<SessionScripts>().OfAsync(await sp.GetRequiredService<LeerruimteDb>().LiveSessions.IgnoreQueryFilters().SingleAsync(s => s.OriginId == id)));

        Assert.Equal(["Check-in", "Successen", "Doelen", "Acties", "Planning"], script.Steps.Select(s => s.Title));
        Assert.Equal(15, script.Minutes);
    }

    [Fact]
    public async Task An_action_left_open_comes_back_each_week_and_is_marked_after_three_sessions()
    {
        var org = await app.CreateOrganisationAsync();
        var first = await StartAsync(org, org.Facilitator);
        await ActionAsync(org.Facilitator, org, first, "Wachtlijst bespreken met de gemeente");
        await CommandAsync(org.Facilitator, first, (c, s, me) => c.CloseAsync(s, me));

        var second = await StartAsync(org, org.Facilitator);
        var (_, stillOpen) = await app.AsAsync(org.Facilitator, async (sp, _) => await TeamActionList.ForSessionAsync(sp.GetRequiredService<LeerruimteDb>(), await app.TeamIdAsync(org), new Origin(BoardSession.Kind, second)));
        await CommandAsync(org.Facilitator, second, (c, s, me) => c.CloseAsync(s, me));
        var third = await StartAsync(org, org.Facilitator);
        var (_, atThird) = await app.AsAsync(org.Facilitator, async (sp, _) => await TeamActionList.ForSessionAsync(sp.GetRequiredService<LeerruimteDb>(), await app.TeamIdAsync(org), new Origin(BoardSession.Kind, third)));
        await CommandAsync(org.Facilitator, third, (c, s, me) => c.CloseAsync(s, me));
        var page = await (await app.LoginAsync(org.Member)).PageAsync($"/bordsessies/{first}");

        Assert.False(Assert.Single(stillOpen).Stuck); // open at its own session and this one: two
        Assert.True(Assert.Single(atThird).Stuck);
        Assert.Contains("al 3 keer open", page.Text); // made in the first, still open when the second and third closed
    }

    [Theory]
    [InlineData("Other", false)]
    [InlineData("Intervision", true)]
    public async Task A_board_session_counts_for_the_register_only_when_the_planner_chose_so(string category, bool logged)
    {
        var org = await app.CreateOrganisationAsync();
        var id = await StartAsync(org, org.Facilitator, category);
        var member = await app.LoginAsync(org.Member);
        await member.PageAsync($"/bordsessies/{id}/meedoen"); // present by joining in the room
        await CommandAsync(org.Facilitator, id, (c, s, me) => c.CloseAsync(s, me));

        var confirmed = await (await member.PageAsync($"/bordsessies/{id}/meedoen")).SubmitAsync(member, "confirm-attendance", []);
        var log = await app.InScopeAsync(async sp =>
        {
            var person = await app.PersonIdAsync(org.Member);
            return await sp.GetRequiredService<LeerruimteDb>().LearningActivities.IgnoreQueryFilters().Where(a => a.PersonId == person).ToListAsync();
        });

        Assert.Equal(logged, log.Count == 1);
        Assert.Contains(logged ? "als Intervisie in je leerlogboek." : "Je hebt bevestigd dat je erbij was.", confirmed.Text);
        Assert.Contains("Zelf bevestigd", (await member.PageAsync($"/bordsessies/{id}")).Text);
    }

    [Fact]
    public async Task A_closed_action_does_not_come_back()
    {
        var org = await app.CreateOrganisationAsync();
        var first = await StartAsync(org, org.Facilitator);
        var (action, _) = await ActionAsync(org.Facilitator, org, first, "Folder over mantelzorg maken");
        await app.AsAsync(org.Member, (sp, me) => sp.GetRequiredService<RecordTeamAction>().UpdateAsync(action!.Id, me, new RecordTeamAction.Change(action.Text, null, null, TeamActionStatus.Done)));
        await CommandAsync(org.Facilitator, first, (c, s, me) => c.CloseAsync(s, me));

        var second = await StartAsync(org, org.Facilitator);
        var (_, stillOpen) = await app.AsAsync(org.Facilitator, async (sp, _) => await TeamActionList.ForSessionAsync(sp.GetRequiredService<LeerruimteDb>(), await app.TeamIdAsync(org), new Origin(BoardSession.Kind, second)));

        Assert.Empty(stillOpen);
    }

    [Fact]
    public async Task The_history_and_board_of_a_session_are_the_teams_and_its_screens_the_chairs()
    {
        var org = await app.CreateOrganisationAsync();
        var other = await app.CreateOrganisationAsync("Andere organisatie");
        var id = await StartAsync(org, org.Facilitator);
        await using var phone = await PhoneClient.ConnectAsync(app, org.Member);
        var session = await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().BoardSessions.IgnoreQueryFilters().Where(b => b.Id == id).Select(b => b.SessionId).SingleAsync());
        await phone.JoinAsync(session);
        await phone.AddAsync(session, "Iedereen was op tijd bij de intake");
        await CommandAsync(org.Facilitator, id, (c, s, me) => c.CloseAsync(s, me));
        var team = await app.TeamIdAsync(org);

        var member = await app.LoginAsync(org.Member);
        Assert.Contains("Iedereen was op tijd bij de intake", (await member.PageAsync($"/bordsessies/{id}")).Text);
        Assert.Contains("1 briefjes", (await member.PageAsync($"/teams/{team}/bordsessies")).Text);
        Assert.Equal(HttpStatusCode.NotFound, (await member.PageAsync($"/bordsessies/{id}/console")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await member.PageAsync($"/bordsessies/{id}/beamer")).Status);
        foreach (var who in new[] { org.Admin, org.Loner, other.Member })
        {
            var client = await app.LoginAsync(who);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PageAsync($"/bordsessies/{id}")).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PageAsync($"/bordsessies/{id}/meedoen")).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PageAsync($"/teams/{team}/bordsessies")).Status);
        }
    }

    [Fact]
    public async Task A_time_that_does_not_exist_or_someone_outside_the_team_is_refused_in_Dutch()
    {
        var org = await app.CreateOrganisationAsync();
        var client = await app.LoginAsync(org.Member);
        var team = await app.TeamIdAsync(org);
        var form = await client.PageAsync($"/teams/{team}/bordsessies");

        var outsider = await form.SubmitAsync(client, "plan-board", new Dictionary<string, string>
        {
            ["Input.Date"] = "2027-03-28", ["Input.Time"] = "10:00", ["Input.Place"] = "",
        }.Append(new(InviteeChoice.FieldName, (await app.PersonIdAsync(org.Loner)).ToString())));
        var skipped = await form.SubmitAsync(client, "plan-board", new Dictionary<string, string>
        {
            ["Input.Date"] = "2027-03-28", ["Input.Time"] = "02:30", ["Input.Place"] = "",
        });

        Assert.Contains("Je kunt alleen mensen uit dit team uitnodigen.", outsider.Text);
        Assert.Equal(HttpStatusCode.OK, skipped.Status);
        Assert.Contains("02:30", skipped.Text);
        Assert.Equal(0, await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().BoardSessions.IgnoreQueryFilters().CountAsync(b => b.OrganisationId == org.Id)));
    }
}

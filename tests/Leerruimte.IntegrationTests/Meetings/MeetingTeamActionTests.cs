using Leerruimte.Data;
using Leerruimte.Features.Sessions;
using Leerruimte.Features.TeamActions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Meetings;

/// <summary>
/// A module meeting can agree on team actions besides everyone's own action: they land on the team's list, show on
/// the meeting's page, and come back at the team's next meeting until they are closed.
/// </summary>
public sealed class MeetingTeamActionTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    private const string Agreed = "Elke maand een buurtpartner uitnodigen in het teamoverleg";

    private Task<(TeamAction? Action, string? Error)> AgreeAsync(TestOrganisation org, Guid meeting, Guid team) =>
        app.AsAsync(org.Facilitator, (sp, me) => sp.GetRequiredService<RecordTeamAction>()
            .AddAsync(team, Origin.Meeting(meeting), me, Agreed, null, DateOnly.FromDateTime(app.UtcNow).AddDays(30)));

    private Task<(List<TeamActionView> FromThis, List<TeamActionView> StillOpen)> AtAsync(TestOrganisation org, Guid team, Guid meeting) =>
        app.AsAsync(org.Facilitator, (sp, _) => TeamActionList.ForSessionAsync(sp.GetRequiredService<LeerruimteDb>(), team, Origin.Meeting(meeting)));

    [Fact]
    public async Task A_team_action_agreed_at_a_meeting_shows_on_its_page_and_comes_back_at_the_next_meeting_until_closed()
    {
        var (org, first) = await app.RunningMeetingAsync();
        var team = await app.TeamIdAsync(org);
        var (action, error) = await AgreeAsync(org, first, team);
        await app.ConsoleAsync(org.Facilitator, (c, me) => c.CloseAsync(first, me));
        var next = await app.PlanMeetingAsync(org, at: app.UtcNow.AddDays(28));

        var page = await (await app.LoginAsync(org.Member)).PageAsync($"/bijeenkomsten/{first}");
        var list = await (await app.LoginAsync(org.Member)).PageAsync($"/teams/{team}/acties");
        var (_, stillOpen) = await AtAsync(org, team, next);

        Assert.Null(error);
        Assert.Contains(Agreed, page.Text);
        Assert.Contains("Uit een bijeenkomst", list.Text);
        Assert.Equal((action!.Id, 2), (Assert.Single(stillOpen).Id, stillOpen[0].SessionsOpen)); // open at its own meeting and this one

        await app.ConsoleAsync(org.Facilitator, (c, me) => c.StartAsync(next, me));
        await app.ConsoleAsync(org.Facilitator, (c, me) => c.CloseAsync(next, me));
        Assert.Equal(2, (await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().TeamActions.IgnoreQueryFilters().SingleAsync(a => a.Id == action.Id))).SessionsOpen);

        await app.AsAsync(org.Facilitator, (sp, me) => sp.GetRequiredService<RecordTeamAction>()
            .UpdateAsync(action.Id, me, new RecordTeamAction.Change(Agreed, null, action.DueDate, TeamActionStatus.Done)));
        Assert.Empty((await AtAsync(org, team, next)).StillOpen);
    }
}

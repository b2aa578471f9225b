using AngleSharp.Html.Dom;
using Leerruimte.Data;
using Leerruimte.Features.Notifications;
using Leerruimte.Features.Sessions;
using Leerruimte.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Meetings;

/// <summary>
/// The team leader's task to plan the follow-up names its meeting and team, and its link opens the planning form
/// filled in from that meeting (issue 10, item 7): two follow-ups no longer read the same, and nobody retypes them.
/// </summary>
public sealed class FollowUpPlanningTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    [Fact]
    public async Task The_leaders_task_names_the_meeting_and_team_and_opens_the_planning_form_filled_in_from_it()
    {
        var org = await app.CreateOrganisationAsync();
        var held = await app.PlanMeetingAsync(org, place: "Wijkcentrum De Esch");
        var team = await app.TeamIdAsync(org);
        await TaskForLeaderAsync(org, held);
        var leader = await app.LoginAsync(org.Leader);

        var start = await leader.PageAsync("/");

        var task = start.Document.QuerySelector("section[aria-labelledby=taken] li")!;
        Assert.Contains("Hoe ben ik ondernemend", task.TextContent);
        Assert.Contains(org.Team, task.TextContent);
        var link = task.QuerySelector("a")!.GetAttribute("href")!;
        Assert.Equal($"/bijeenkomsten/plannen?team={team}&vervolg={held}", link);

        var form = await leader.PageAsync(link);
        var participants = (await app.ParticipantsAsync(held)).Select(p => p.PersonId.ToString()).Order();
        Assert.Equal(MeetingWorld.Module, ((IHtmlSelectElement)form.Document.QuerySelector("#module")!).Value);
        Assert.Equal("Wijkcentrum De Esch", ((IHtmlInputElement)form.Document.QuerySelector("#place")!).Value);
        Assert.Equal(participants, form.Document.QuerySelectorAll("input[name=invitee][checked]").Select(i => i.GetAttribute("value")!).Order());
        var meeting = await app.MeetingAsync(held);
        Assert.Equal(MeetingWorld.DutchTimeOf(meeting.StartsAt.AddDays(21)).ToString("yyyy-MM-dd"), ((IHtmlInputElement)form.Document.QuerySelector("#date")!).Value);
        Assert.Contains("Vervolg op", form.Text);
    }

    [Fact]
    public async Task A_follow_up_link_to_a_meeting_of_another_team_or_organisation_fills_in_nothing()
    {
        var org = await app.CreateOrganisationAsync();
        var other = await app.CreateOrganisationAsync();
        var theirs = await app.PlanMeetingAsync(other, place: "Elders");
        var team = await app.TeamIdAsync(org);
        var leader = await app.LoginAsync(org.Leader);

        foreach (var id in new[] { theirs, Guid.NewGuid() })
        {
            var form = await leader.PageAsync($"/bijeenkomsten/plannen?team={team}&vervolg={id}");
            Assert.Equal(HttpStatusCode.OK, form.Status);
            Assert.Equal("", ((IHtmlInputElement)form.Document.QuerySelector("#place")!).Value);
            Assert.DoesNotContain("Vervolg op", form.Text);
        }
    }

    private async Task TaskForLeaderAsync(TestOrganisation org, Guid meeting)
    {
        var leader = await app.PersonIdAsync(org.Leader);
        await app.InScopeAsync(sp =>
        {
            sp.GetRequiredService<TenantContext>().Enter(org.Id);
            var db = sp.GetRequiredService<LeerruimteDb>();
            db.Tasks.Add(new PersonTask { PersonId = leader, Kind = TaskKind.PlanFollowUpMeeting, Origin = Origin.Meeting(meeting), DueAt = app.UtcNow.AddDays(28) });
            return db.SaveChangesAsync();
        });
    }
}

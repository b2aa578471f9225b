using Leerruimte.Data;
using Leerruimte.Features.Sessions;
using Leerruimte.Features.Meetings;
using Leerruimte.Features.Notifications;
using Leerruimte.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Meetings;

public sealed class FeedbackTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    /// <summary>The form as the page posts it on "Versturen": every statement scored, attendance ticked, both open questions.</summary>
    private static IEnumerable<KeyValuePair<string, string>> Form(Guid coordinator, int scores = 8, params Guid[] present) =>
        Enumerable.Range(1, scores).Select(i => KeyValuePair.Create($"answer-stelling-{i}", ((i - 1) % 4 + 1).ToString()))
            .Append(KeyValuePair.Create("coordinator", coordinator.ToString()))
            .Append(KeyValuePair.Create("answer-vragen", "Hoe maken we tijd vrij?"))
            .Append(KeyValuePair.Create("answer-opmerkingen", "Goede energie"))
            .Concat(present.Select(p => KeyValuePair.Create("answer-aanwezig", p.ToString())))
            .Append(KeyValuePair.Create("go", "send"));

    [Fact]
    public async Task Sending_the_form_closes_the_meeting_and_gives_the_coordinator_a_mail_a_message_and_a_task_in_three_weeks()
    {
        var org = await app.CreateOrganisationAsync();
        var id = await app.PlanMeetingAsync(org);
        await app.ConsoleAsync(org.Facilitator, (c, me) => c.StartAsync(id, me));
        var facilitator = await app.LoginAsync(org.Facilitator);
        var leader = await app.PersonIdAsync(org.Leader);
        var member = await app.PersonIdAsync(org.Member);

        var sent = await (await facilitator.PageAsync($"/bijeenkomsten/{id}/terugkoppeling")).SubmitAsync(facilitator, "feedback", Form(leader, present: member));

        var meeting = await app.MeetingAsync(id);
        var mail = Assert.Single(await app.MailsToAsync(org.Leader), m => m.Subject.StartsWith("Terugkoppeling"));
        var task = await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().Tasks.IgnoreQueryFilters([TenantFilters.Name]).SingleAsync(t => t.OriginKind == Origin.MeetingKind && t.OriginId == id));
        Assert.Contains("Het formulier is verstuurd", sent.Text);
        Assert.Equal(MeetingStatus.Closed, meeting.Status);
        Assert.True(meeting.Session!.Participants.Single(i => i.PersonId == member).Present);
        Assert.Equal(1, meeting.Session!.Participants.Count(i => i.Present));
        Assert.Contains("Hoe maken we tijd vrij?", mail.TextBody);
        Assert.Equal(TaskKind.PlanFollowUpMeeting, task.Kind);
        Assert.Equal(meeting.StartsAt.AddDays(21), task.DueAt);
        Assert.Contains(org.Leader.Split('@')[0].Split('-')[1], (await (await app.LoginAsync(org.Leader)).PageAsync("/")).Text);
        Assert.Contains("Terugkoppeling ontvangen", (await (await app.LoginAsync(org.Leader)).PageAsync("/")).Text);
    }

    [Fact]
    public async Task The_facilitator_who_started_the_meeting_and_an_invited_leader_who_joined_are_ticked_present_on_the_form()
    {
        var org = await app.CreateOrganisationAsync();
        var id = await app.PlanMeetingAsync(org);
        var leader = await app.PersonIdAsync(org.Leader);
        var facilitatorId = await app.PersonIdAsync(org.Facilitator);
        var session = await app.SessionOfAsync(id);
        await app.InScopeAsync(async sp =>
        {
            sp.GetRequiredService<TenantContext>().Enter(org.Id);
            var db = sp.GetRequiredService<LeerruimteDb>();
            var invited = await db.SessionParticipants.IgnoreQueryFilters([TenantFilters.Name]).Where(p => p.SessionId == session).Select(p => p.PersonId).ToListAsync();
            foreach (var person in new[] { leader, facilitatorId }.Except(invited))
                db.SessionParticipants.Add(new SessionParticipant { SessionId = session, PersonId = person, Role = SessionRole.Member });
            await db.SaveChangesAsync();
        });
        await app.ConsoleAsync(org.Facilitator, (c, me) => c.StartAsync(id, me));
        await using (var phone = await PhoneClient.ConnectAsync(app, org.Leader)) Assert.Null((await phone.JoinAsync(id)).Error);

        var form = await (await app.LoginAsync(org.Facilitator)).PageAsync($"/bijeenkomsten/{id}/terugkoppeling");

        var ticked = form.Document.QuerySelectorAll("input[name=answer-aanwezig][checked]").Select(i => i.GetAttribute("value")).ToList();
        Assert.Contains(facilitatorId.ToString(), ticked);
        Assert.Contains(leader.ToString(), ticked);
        Assert.DoesNotContain((await app.PersonIdAsync(org.Member)).ToString(), ticked);  // invited, never joined
    }

    [Fact]
    public async Task The_form_is_sent_once()
    {
        var org = await app.CreateOrganisationAsync();
        var id = await app.PlanMeetingAsync(org);
        var facilitator = await app.LoginAsync(org.Facilitator);
        var page = await facilitator.PageAsync($"/bijeenkomsten/{id}/terugkoppeling");
        var leader = await app.PersonIdAsync(org.Leader);

        await page.SubmitAsync(facilitator, "feedback", Form(leader));
        var again = await page.SubmitAsync(facilitator, "feedback", Form(leader));

        Assert.Contains("al verstuurd", again.Text);
        Assert.Single(await app.MailsToAsync(org.Leader), m => m.Subject.StartsWith("Terugkoppeling"));
    }

    [Fact]
    public async Task A_missing_score_is_refused_and_nothing_is_sent()
    {
        var org = await app.CreateOrganisationAsync();
        var id = await app.PlanMeetingAsync(org);
        var facilitator = await app.LoginAsync(org.Facilitator);

        var result = await (await facilitator.PageAsync($"/bijeenkomsten/{id}/terugkoppeling"))
            .SubmitAsync(facilitator, "feedback", Form(await app.PersonIdAsync(org.Leader), scores: 7));

        Assert.Contains("Geef bij elke stelling een score van 1 tot en met 4.", result.Text);
        var unanswered = result.Document.QuerySelectorAll(".app-statement-field--missing");
        Assert.Single(unanswered); // the eighth statement, the only one left open
        Assert.Contains("Nog geen antwoord", unanswered[0].TextContent);
        Assert.Equal(MeetingStatus.Planned, (await app.MeetingAsync(id)).Status);
        Assert.Equal("Goede energie", result.Document.QuerySelector("#q-opmerkingen")!.TextContent); // nothing typed is lost
    }

    [Fact]
    public async Task Only_the_facilitator_and_the_chosen_coordinator_read_the_form()
    {
        var org = await app.CreateOrganisationAsync();
        var id = await app.PlanMeetingAsync(org);
        var facilitator = await app.LoginAsync(org.Facilitator);
        var url = $"/bijeenkomsten/{id}/terugkoppeling";
        await (await facilitator.PageAsync(url)).SubmitAsync(facilitator, "feedback", Form(await app.PersonIdAsync(org.Leader)));

        Assert.Contains("Goede energie", (await (await app.LoginAsync(org.Leader)).PageAsync(url)).Text);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.LoginAsync(org.Member)).PageAsync(url)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.LoginAsync(org.Admin)).PageAsync(url)).Status);
    }

    [Fact]
    public async Task The_paper_feedback_form_lists_the_invitees_for_the_facilitator_only()
    {
        var org = await app.CreateOrganisationAsync();
        var id = await app.PlanMeetingAsync(org);

        var paper = await (await app.LoginAsync(org.Facilitator)).PageAsync($"/bijeenkomsten/{id}/afdrukken/terugkoppeling");
        var asMember = await (await app.LoginAsync(org.Member)).PageAsync($"/bijeenkomsten/{id}/afdrukken/terugkoppeling");
        var actionForm = await (await app.LoginAsync(org.Member)).PageAsync($"/bijeenkomsten/{id}/afdrukken/actieformulier");

        Assert.Equal(8, paper.Document.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("Teamlid", paper.Text);
        Assert.Equal(HttpStatusCode.NotFound, asMember.Status);
        Assert.Equal(HttpStatusCode.OK, actionForm.Status);
    }
}

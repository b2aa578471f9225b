using Leerruimte.Data;
using Leerruimte.Features.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Meetings;

/// <summary>
/// Issue 10, item 8a: a meeting held with the printed kit is typed in afterwards by its facilitator (attendance and
/// each step's flip-over); then it closes as a live one does, and the members present choose their action and rating.
/// </summary>
public sealed class PaperMeetingTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    private async Task<(TestOrganisation Org, Guid Meeting, HttpClient Facilitator, HtmlPage Form)> HeldOnPaperAsync()
    {
        var org = await app.CreateOrganisationAsync();
        var id = await app.PlanMeetingAsync(org, at: app.UtcNow.AddDays(-2));
        var facilitator = await app.LoginAsync(org.Facilitator);
        return (org, id, facilitator, await facilitator.PageAsync($"/bijeenkomsten/{id}/op-papier"));
    }

    private async Task<string> PresentValueAsync(string email) => (await app.PersonIdAsync(email)).ToString();

    [Fact]
    public async Task The_facilitator_types_in_a_paper_meeting_and_the_members_present_choose_their_action_as_after_a_live_one()
    {
        var (org, id, facilitator, form) = await HeldOnPaperAsync();
        var meetingPage = await facilitator.PageAsync($"/bijeenkomsten/{id}");
        Assert.NotNull(meetingPage.Document.QuerySelector($"a[href='/bijeenkomsten/{id}/op-papier']"));
        Assert.Equal(HttpStatusCode.OK, form.Status);

        var posted = await form.SubmitAsync(facilitator, "paper-meeting", [
            new("present", await PresentValueAsync(org.Member)), new("present", await PresentValueAsync(org.Facilitator)),
            new("step-0", "Kansen zien\n\n  Zelf beslissen wat kan  \n"), new("step-1", "Vragen wat de burger zelf wil"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, posted.Status);
        var sent = await facilitator.PageAsync(posted.Response.Headers.Location!.OriginalString);
        Assert.Contains("De bijeenkomst is ingevoerd en afgesloten.", sent.Text);
        Assert.Contains("(op papier gehouden)", sent.Text);
        var meeting = await app.MeetingAsync(id);
        Assert.Equal(SessionStatus.Closed, meeting.Session!.Status);
        Assert.Equal([await app.PersonIdAsync(org.Facilitator), await app.PersonIdAsync(org.Member)],
            meeting.Session.Participants.Where(p => p.Present).Select(p => p.PersonId).Order());
        // The board reads back as typed, a note per line, without names.
        var member = await app.LoginAsync(org.Member);
        var board = await member.PageAsync($"/bijeenkomsten/{id}/bord");
        Assert.Equal(["Kansen zien", "Zelf beslissen wat kan", "Vragen wat de burger zelf wil"], board.All(".app-note__text"));
        Assert.Empty(board.Document.QuerySelectorAll(".app-note__author"));
        // The member is asked on the start page, and chooses an action as after a live meeting; the follow-up is planned.
        var mail = Assert.Single(await app.MailsToAsync(org.Member), m => m.Subject.StartsWith("Kies je actie"));
        Assert.Contains($"/bijeenkomsten/{id}/mijn-actie", mail.TextBody);
        Assert.DoesNotContain(await app.MailsToAsync(org.Facilitator), m => m.Subject.StartsWith("Kies je actie"));
        var start = await member.PageAsync("/");
        Assert.NotNull(start.Document.QuerySelector($"a[href='/bijeenkomsten/{id}/mijn-actie']"));
        var action = await (await member.PageAsync($"/bijeenkomsten/{id}/mijn-actie")).SubmitAsync(member, "my-action",
            new Dictionary<string, string> { ["Input.Text"] = "Elke week één burger vragen wat zij zelf al deed", ["Input.Rating"] = "6", ["Input.ShareWithLeader"] = "False" });
        Assert.Contains("Je actie is opgeslagen", action.Text);
        Assert.True(await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().ScheduledJobs.AnyAsync(j => j.SubjectId == id)));
        Assert.Empty(sent.Document.QuerySelectorAll("a[href$='/op-papier']"));
    }

    [Fact]
    public async Task Without_anyone_present_or_with_a_pasted_mess_the_form_comes_back_with_what_was_typed()
    {
        var (org, id, facilitator, form) = await HeldOnPaperAsync();

        var nobody = await form.SubmitAsync(facilitator, "paper-meeting", [new("step-0", "Kansen zien")]);
        var tooMany = await form.SubmitAsync(facilitator, "paper-meeting", [
            new("present", await PresentValueAsync(org.Member)), new("step-0", string.Join("\n", Enumerable.Range(1, 101).Select(i => $"regel {i}")))]);
        var tooLong = await form.SubmitAsync(facilitator, "paper-meeting", [new("present", await PresentValueAsync(org.Member)), new("step-1", new string('x', 501))]);
        var stranger = await form.SubmitAsync(facilitator, "paper-meeting", [new("present", await PresentValueAsync(org.Loner))]);

        Assert.Contains("Vink aan wie er waren", nobody.Text);
        Assert.Equal("Kansen zien", nobody.Document.QuerySelector("#step-0")!.TextContent);
        Assert.Contains("meer dan 100 regels", tooMany.Text);
        Assert.NotNull(tooMany.Document.QuerySelector("input[name=present][checked]"));
        Assert.Contains("hoogstens 500 tekens", tooLong.Text);
        Assert.Contains("Vink aan wie er waren", stranger.Text);
        foreach (var page in new[] { nobody, tooMany, tooLong, stranger }) Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(SessionStatus.Planned, (await app.MeetingAsync(id)).Session!.Status);
        var session = await app.SessionOfAsync(id);
        Assert.Equal(0, await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().BoardItems.IgnoreQueryFilters().CountAsync(i => i.SessionId == session)));
    }

    [Fact]
    public async Task Only_the_facilitator_enters_a_paper_meeting_and_only_once()
    {
        var (org, id, facilitator, form) = await HeldOnPaperAsync();
        var other = await app.CreateOrganisationAsync();
        foreach (var email in new[] { org.Member, org.Leader, org.Admin, other.Facilitator })
            Assert.Equal(HttpStatusCode.NotFound, (await (await app.LoginAsync(email)).GetAsync($"/bijeenkomsten/{id}/op-papier")).StatusCode);

        await form.SubmitAsync(facilitator, "paper-meeting", [new("present", await PresentValueAsync(org.Member)), new("step-0", "Eén keer")]);
        var again = await form.SubmitAsync(facilitator, "paper-meeting", [new("present", await PresentValueAsync(org.Member)), new("step-0", "Twee keer")]);

        Assert.Contains("al gehouden of afgesloten", again.Text);
        Assert.DoesNotContain("Twee keer", (await facilitator.PageAsync($"/bijeenkomsten/{id}/bord")).Text);
    }
}

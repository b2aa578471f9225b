using System.Text;
using Leerruimte.Data;
using Leerruimte.Features.Consultations;
using Leerruimte.Features.Sessions;
using Leerruimte.Infrastructure;
using Leerruimte.Infrastructure.Mail;
using Leerruimte.IntegrationTests.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Consultations;

/// <summary>
/// The chair moves or cancels a planned consultation: one on its own, or the rest of a series. Calendars get a file
/// that changes just those dates, and everything else stays as it was.
/// </summary>
public sealed class ConsultationChangeTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    private async Task<(TestOrganisation Org, Guid Team, HttpClient Chair, DateTime Start)> PlannedAsync(string rhythm = "Weekly", int times = 4)
    {
        var org = await app.CreateOrganisationAsync();
        var team = await app.TeamIdAsync(org);
        var chair = await app.LoginAsync(org.Facilitator);
        var start = MeetingWorld.DutchTimeOf(app.UtcNow.AddDays(3)).Date.AddHours(10);
        var fields = ConsultationWorld.Plan(start);
        (fields["Input.Rhythm"], fields["Input.Times"]) = (rhythm, times.ToString());
        Assert.Equal(HttpStatusCode.Redirect, (await chair.PlanConsultationAsync(team, fields)).Status);
        return (org, team, chair, start);
    }

    private Task<List<CaseConsultation>> ConsultationsOfAsync(Guid team) =>
        app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().CaseConsultations.IgnoreQueryFilters().Include(c => c.Session)
            .Where(c => c.TeamId == team).OrderBy(c => c.SeriesStartsAt ?? c.StartsAt).ToListAsync());

    private static Task<HtmlPage> MoveAsync(HtmlPage page, HttpClient client, DateTime local, string place = "Buurthuis De Linde") =>
        page.SubmitAsync(client, "move-consultation", new Dictionary<string, string>
            { ["MoveDate"] = local.ToString("yyyy-MM-dd"), ["MoveTime"] = local.ToString("HH:mm"), ["MovePlace"] = place });

    private static Task<HtmlPage> CancelAsync(HtmlPage page, HttpClient client, string scope) =>
        page.SubmitAsync(client, "cancel-consultation", new Dictionary<string, string> { ["CancelScope"] = scope });

    private const string Moved = "Verplaatst:", Cancelled = "Gaat niet door:";

    /// <summary>The one mail of this kind to this person; the invitation to the plan came before it.</summary>
    private async Task<OutboxMessage> MailAsync(string email, string subjectStart) =>
        Assert.Single(await app.MailsToAsync(email), m => m.Subject.StartsWith(subjectStart));

    private async Task<string> CalendarFileToAsync(string email, string subjectStart) =>
        Encoding.UTF8.GetString((await MailAsync(email, subjectStart)).AttachmentContent!);

    [Fact]
    public async Task Moving_one_of_a_series_moves_only_that_one_and_calendars_get_that_occurrence_with_its_new_time()
    {
        var (org, team, chair, start) = await PlannedAsync();
        var second = (await ConsultationsOfAsync(team))[1];
        var moved = start.AddDays(8).AddHours(3);

        var answer = await MoveAsync(await chair.PageAsync($"/casusoverleg/{second.Id}"), chair, moved);

        Assert.Contains("Het casusoverleg is verplaatst", answer.Text);
        var all = await ConsultationsOfAsync(team);
        Assert.Equal(moved, DutchTime.ToLocal(all[1].StartsAt));
        Assert.Equal("Buurthuis De Linde", all[1].Place);
        Assert.Equal([0, 14, 21], new[] { 0, 2, 3 }.Select(i => (DutchTime.ToLocal(all[i].StartsAt) - start).Days));
        var mail = await MailAsync(org.Member, Moved);
        var ics = Encoding.UTF8.GetString(mail.AttachmentContent!);
        Assert.StartsWith("Verplaatst: casusoverleg Actieleren", mail.Subject);
        Assert.Equal("text/calendar; method=REQUEST; charset=utf-8", mail.AttachmentContentType);
        Assert.Contains($"UID:{second.SeriesId:N}@leerruimte", ics);
        Assert.Contains($"RECURRENCE-ID;TZID=Europe/Amsterdam:{start.AddDays(7):yyyyMMdd}T100000", ics);
        Assert.Contains($"DTSTART;TZID=Europe/Amsterdam:{moved:yyyyMMdd}T130000", ics);
        Assert.Contains("SEQUENCE:1", ics);
        Assert.DoesNotContain("RRULE", ics.Replace("RRULE:FREQ=YEARLY", ""));
    }

    [Fact]
    public async Task Cancelling_only_one_of_a_series_leaves_the_others_and_its_session_can_no_longer_start()
    {
        var (org, team, chair, start) = await PlannedAsync();
        var second = (await ConsultationsOfAsync(team))[1];

        var answer = await CancelAsync(await chair.PageAsync($"/casusoverleg/{second.Id}"), chair, "This");

        Assert.Contains("Afgezegd; iedereen krijgt bericht", answer.Text);
        Assert.Contains("Gaat niet door", answer.Text);
        Assert.Null(answer.Document.QuerySelector($"a[href='{ConsultationLinks.Console(second.Id)}']"));
        var all = await ConsultationsOfAsync(team);
        Assert.Equal([ConsultationStatus.Planned, ConsultationStatus.Cancelled, ConsultationStatus.Planned, ConsultationStatus.Planned], all.Select(c => c.Status));
        Assert.Equal(SessionStatus.Cancelled, all[1].Session!.Status);
        Assert.NotNull((await app.ChairAsync(org.Facilitator, second.Id, (cmd, s, me) => cmd.StartAsync(s, me))).Error);
        var mail = await MailAsync(org.Member, Cancelled);
        var ics = Encoding.UTF8.GetString(mail.AttachmentContent!);
        Assert.Equal("text/calendar; method=CANCEL; charset=utf-8", mail.AttachmentContentType);
        Assert.Contains("gaat niet door", mail.TextBody);
        Assert.Contains($"RECURRENCE-ID;TZID=Europe/Amsterdam:{start.AddDays(7):yyyyMMdd}T100000", ics);
        Assert.Contains("STATUS:CANCELLED", ics);
    }

    [Fact]
    public async Task Cancelling_the_rest_of_a_series_cancels_this_one_and_every_later_one_in_one_calendar_file()
    {
        var (org, team, chair, start) = await PlannedAsync();
        var second = (await ConsultationsOfAsync(team))[1];

        await CancelAsync(await chair.PageAsync($"/casusoverleg/{second.Id}"), chair, "ThisAndLater");

        var all = await ConsultationsOfAsync(team);
        Assert.Equal([ConsultationStatus.Planned, ConsultationStatus.Cancelled, ConsultationStatus.Cancelled, ConsultationStatus.Cancelled], all.Select(c => c.Status));
        var mail = await MailAsync(org.Member, Cancelled);
        var ics = Encoding.UTF8.GetString(mail.AttachmentContent!);
        Assert.Contains("3 keer afgezegd", mail.TextBody);
        Assert.Equal(3, ics.Split("BEGIN:VEVENT").Length - 1);
        foreach (var week in new[] { 1, 2, 3 })
            Assert.Contains($"RECURRENCE-ID;TZID=Europe/Amsterdam:{start.AddDays(7 * week):yyyyMMdd}T100000", ics);
        await MailAsync(org.Facilitator, Cancelled);
    }

    [Fact]
    public async Task A_consultation_on_its_own_is_moved_and_cancelled_as_its_own_calendar_event()
    {
        var (org, team, chair, start) = await PlannedAsync("Once", 1);
        var only = Assert.Single(await ConsultationsOfAsync(team));

        await MoveAsync(await chair.PageAsync($"/casusoverleg/{only.Id}"), chair, start.AddDays(1));
        var moved = await CalendarFileToAsync(org.Member, Moved);
        await CancelAsync(await chair.PageAsync($"/casusoverleg/{only.Id}"), chair, "This");
        var cancelled = await CalendarFileToAsync(org.Member, Cancelled);

        Assert.Contains($"UID:{only.Id:N}@leerruimte", moved);
        Assert.Contains("SEQUENCE:1", moved);
        Assert.DoesNotContain("RECURRENCE-ID", moved);
        Assert.Contains($"UID:{only.Id:N}@leerruimte", cancelled);
        Assert.Contains("SEQUENCE:2", cancelled);
        Assert.Contains("METHOD:CANCEL", cancelled);
        Assert.Equal(ConsultationStatus.Cancelled, (await app.ConsultationAsync(only.Id)).Status);
    }

    [Fact]
    public async Task Only_the_chair_may_move_or_cancel_and_nobody_outside_the_team_reaches_it()
    {
        var (org, team, _, _) = await PlannedAsync("Once", 1);
        var only = Assert.Single(await ConsultationsOfAsync(team));
        var other = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);

        var page = await member.PageAsync($"/casusoverleg/{only.Id}");
        var byMember = await app.AsAsync(org.Member, (sp, me) => sp.GetRequiredService<ChangeConsultation>().CancelAsync(only.Id, me, ChangeConsultation.Scope.This));
        var byOutsider = await app.AsAsync(other.Facilitator, (sp, me) => sp.GetRequiredService<ChangeConsultation>().MoveAsync(only.Id, me, DateOnly.FromDateTime(app.UtcNow), new(9, 0), null));

        Assert.Null(page.Document.QuerySelector("form[data-enhance-nav], #move-date"));
        Assert.Equal("Alleen de voorzitter kan dit casusoverleg verplaatsen of afzeggen.", byMember);
        Assert.NotNull(byOutsider);
        var after = await app.ConsultationAsync(only.Id);
        Assert.Equal((ConsultationStatus.Planned, only.StartsAt), (after.Status, after.StartsAt));
        Assert.DoesNotContain(await app.MailsToAsync(org.Member), m => m.Subject.StartsWith(Moved) || m.Subject.StartsWith(Cancelled));
    }

    [Fact]
    public async Task A_move_form_left_open_until_the_consultation_started_or_filled_in_wrongly_gets_a_dutch_answer_and_changes_nothing()
    {
        var (org, team, chair, start) = await PlannedAsync("Once", 1);
        var only = Assert.Single(await ConsultationsOfAsync(team));
        var page = await chair.PageAsync($"/casusoverleg/{only.Id}");

        var garbage = await page.SubmitAsync(chair, "move-consultation", new Dictionary<string, string> { ["MoveDate"] = "morgen", ["MoveTime"] = "25:99", ["MovePlace"] = new string('x', 5000) });
        var tooLong = await MoveAsync(page, chair, start.AddDays(1), new string('x', 201));
        await app.ChairAsync(org.Facilitator, only.Id, (cmd, s, me) => cmd.StartAsync(s, me));
        var late = await MoveAsync(page, chair, start.AddDays(1));
        var lateCancel = await CancelAsync(page, chair, "iets");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (garbage.Status, tooLong.Status, late.Status, lateCancel.Status));
        Assert.Contains("Kies een datum.", garbage.Text);
        Assert.Contains("Deze tekst is te lang.", tooLong.Text);
        Assert.Contains("verplaatsen of afzeggen kan niet meer", late.Text);
        Assert.Contains("verplaatsen of afzeggen kan niet meer", lateCancel.Text);
        var after = await app.ConsultationAsync(only.Id);
        Assert.Equal((ConsultationStatus.Running, only.StartsAt, only.Place), (after.Status, after.StartsAt, after.Place));
    }
}

using System.Text;
using Leerruimte.Data;
using Leerruimte.Features.Notifications;
using Leerruimte.Infrastructure;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Consultations;

/// <summary>
/// Invitations to a consultation, or to a series of them, by e-mail with a calendar file, through the outbox. The mail
/// names the method, the time and the chair; never the case, which stays inside the team's library.
/// </summary>
public sealed class ConsultationInvitations(LeerruimteDb db, Messages messages, PublicLinks links, TimeProvider clock)
{
    public async Task SendAsync(CaseConsultation first, ConsultationSeries? series, IReadOnlyCollection<Guid> to, CancellationToken ct = default)
    {
        var teamName = await db.Teams.Where(t => t.Id == first.TeamId).Select(t => t.Name).SingleAsync(ct);
        var people = await db.Users.Where(p => to.Contains(p.Id)).Select(p => new { p.Id, p.DisplayName, p.Email }).ToListAsync(ct);
        var chair = people.Single(p => p.Id == first.ChairId);
        var body = Body(first, series, teamName, chair.DisplayName);
        var link = series is null ? ConsultationLinks.Page(first.Id) : ConsultationLinks.OfTeam(first.TeamId);
        var entry = new CalendarFile.Entry(series?.Id ?? first.Id, $"{Ui.Consultation_Title}: {first.MethodTitle}", body, first.Place,
            first.StartsAt, first.StartsAt.AddMinutes(first.DurationMinutes), 0, teamName, series is null ? null : new(series.Weeks, series.Count));
        var ics = Encoding.UTF8.GetBytes(CalendarFile.Create(entry, new(chair.DisplayName, chair.Email!),
            people.Select(p => new CalendarFile.Attendee(p.DisplayName, p.Email!)), cancel: false, clock.GetUtcNow().UtcDateTime));
        var file = new Messages.Attachment("casusoverleg.ics", CalendarFile.ContentTypeRequest, ics);
        var subject = string.Format(Ui.Mail_Consultation_Subject, first.MethodTitle, DutchTime.Short(first.StartsAt));
        var notice = string.Format(Ui.Notification_ConsultationInvitation, first.MethodTitle, DutchTime.Long(first.StartsAt));
        foreach (var person in people)
            await messages.SendAsync(new(person.Id, person.DisplayName, person.Email!), new(MessageKind.Invitation, notice, link, subject,
                string.Format(Ui.Mail_Meeting_Greeting, person.DisplayName) + "\n\n" + body, file), ct);
    }

    private string Body(CaseConsultation first, ConsultationSeries? series, string team, string chair)
    {
        var text = new StringBuilder();
        text.AppendLine(string.Format(Ui.Mail_Consultation_Invited, team, first.MethodTitle));
        text.AppendLine();
        text.AppendLine(string.Format(Ui.Mail_Meeting_When, DutchTime.Long(first.StartsAt), first.DurationMinutes));
        if (series is not null) text.AppendLine(string.Format(series.Weeks == 1 ? Ui.Mail_Consultation_Weekly : Ui.Mail_Consultation_Fortnightly, series.Count));
        if (!string.IsNullOrWhiteSpace(first.Place)) text.AppendLine(string.Format(Ui.Mail_Meeting_Where, first.Place));
        text.AppendLine(string.Format(Ui.Mail_Consultation_Chair, chair));
        text.AppendLine();
        text.AppendLine(Ui.Mail_Consultation_CaseInApp);
        text.AppendLine(links.To(series is null ? ConsultationLinks.Page(first.Id) : ConsultationLinks.OfTeam(first.TeamId)));
        return text.ToString();
    }
}

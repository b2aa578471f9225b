using System.Text;
using Leerruimte.Data;
using Leerruimte.Features.Notifications;
using Leerruimte.Infrastructure;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Consultations;

/// <summary>
/// Invitations to a consultation or a series of them, and news when one is moved or cancelled, by e-mail with a
/// calendar file, through the outbox. A series is one calendar event that repeats; a change to one of it names that
/// occurrence by the start the series gave it, so the calendar moves or drops just that one. The mail names the
/// method, the time and the chair; never the case, which stays inside the team's library.
/// </summary>
public sealed class ConsultationInvitations(LeerruimteDb db, Messages messages, PublicLinks links, TimeProvider clock)
{
    public enum Kind { Invitation, Update, Cancellation }

    public Task SendAsync(CaseConsultation first, ConsultationSeries? series, IReadOnlyCollection<Guid> to, CancellationToken ct = default) =>
        SendAsync(Kind.Invitation, [first], series, to, ct);

    /// <param name="these">The consultations it is about, earliest first: one, or the cancelled rest of a series.</param>
    public async Task SendAsync(Kind kind, IReadOnlyList<CaseConsultation> these, ConsultationSeries? series, IReadOnlyCollection<Guid> to, CancellationToken ct = default)
    {
        var first = these[0];
        var teamName = await db.Teams.Where(t => t.Id == first.TeamId).Select(t => t.Name).SingleAsync(ct);
        var people = await db.Users.Where(p => to.Contains(p.Id) || p.Id == first.ChairId).Select(p => new { p.Id, p.DisplayName, p.Email }).ToListAsync(ct);
        var chair = people.Single(p => p.Id == first.ChairId);
        var body = Body(kind, these, series, teamName, chair.DisplayName);
        var entries = these.Select(c => Entry(kind, c, series, body, teamName)).ToList();
        var cancel = kind == Kind.Cancellation;
        var ics = Encoding.UTF8.GetBytes(CalendarFile.Create(entries, new(chair.DisplayName, chair.Email!),
            people.Select(p => new CalendarFile.Attendee(p.DisplayName, p.Email!)), cancel, clock.GetUtcNow().UtcDateTime));
        var file = new Messages.Attachment("casusoverleg.ics", cancel ? CalendarFile.ContentTypeCancel : CalendarFile.ContentTypeRequest, ics);
        var link = Link(kind, first, series);
        foreach (var person in people.Where(p => to.Contains(p.Id)))
            await messages.SendAsync(new(person.Id, person.DisplayName, person.Email!), new(MessageKind.Invitation, Notice(kind, first), link, Subject(kind, first),
                string.Format(Ui.Mail_Meeting_Greeting, person.DisplayName) + "\n\n" + body, file), ct);
    }

    private static string Link(Kind kind, CaseConsultation first, ConsultationSeries? series) =>
        kind == Kind.Invitation && series is not null ? ConsultationLinks.OfTeam(first.TeamId) : ConsultationLinks.Page(first.Id);

    /// <summary>The series' event when it is invited, else the occurrence itself; a consultation on its own is its own event.</summary>
    private static CalendarFile.Entry Entry(Kind kind, CaseConsultation c, ConsultationSeries? series, string body, string team)
    {
        var (title, ends) = ($"{Ui.Consultation_Title}: {c.MethodTitle}", c.StartsAt.AddMinutes(c.DurationMinutes));
        if (series is null) return new(c.Id, title, body, c.Place, c.StartsAt, ends, c.CalendarSequence, team);
        return kind == Kind.Invitation
            ? new(series.Id, title, body, c.Place, c.StartsAt, ends, series.CalendarSequence, team, new(series.Weeks, series.Count))
            : new(series.Id, title, body, c.Place, c.StartsAt, ends, series.CalendarSequence, team, OccurrenceOf: c.SeriesStartsAt ?? c.StartsAt);
    }

    private static string Notice(Kind kind, CaseConsultation c) => string.Format(kind switch
    {
        Kind.Update => Ui.Notification_MeetingChanged,
        Kind.Cancellation => Ui.Notification_MeetingCancelled,
        _ => Ui.Notification_ConsultationInvitation,
    }, c.MethodTitle, DutchTime.Long(c.StartsAt));

    private static string Subject(Kind kind, CaseConsultation c) => string.Format(kind switch
    {
        Kind.Update => Ui.Mail_Consultation_UpdateSubject,
        Kind.Cancellation => Ui.Mail_Consultation_CancelSubject,
        _ => Ui.Mail_Consultation_Subject,
    }, c.MethodTitle, DutchTime.Short(c.StartsAt));

    private string Body(Kind kind, IReadOnlyList<CaseConsultation> these, ConsultationSeries? series, string team, string chair)
    {
        var first = these[0];
        var text = new StringBuilder();
        text.AppendLine(kind switch
        {
            Kind.Cancellation when these.Count > 1 => string.Format(Ui.Mail_Consultation_CancelledFrom, first.MethodTitle, DutchTime.Long(first.StartsAt), these.Count),
            Kind.Cancellation => string.Format(Ui.Mail_Consultation_Cancelled, first.MethodTitle, DutchTime.Long(first.StartsAt)),
            Kind.Update => string.Format(Ui.Mail_Consultation_Changed, first.MethodTitle),
            _ => string.Format(Ui.Mail_Consultation_Invited, team, first.MethodTitle),
        });
        if (kind == Kind.Cancellation) return text.ToString();
        text.AppendLine();
        text.AppendLine(string.Format(Ui.Mail_Meeting_When, DutchTime.Long(first.StartsAt), first.DurationMinutes));
        if (kind == Kind.Invitation && series is not null)
            text.AppendLine(string.Format(series.Weeks == 1 ? Ui.Mail_Consultation_Weekly : Ui.Mail_Consultation_Fortnightly, series.Count));
        if (!string.IsNullOrWhiteSpace(first.Place)) text.AppendLine(string.Format(Ui.Mail_Meeting_Where, first.Place));
        text.AppendLine(string.Format(Ui.Mail_Consultation_Chair, chair));
        text.AppendLine();
        text.AppendLine(Ui.Mail_Consultation_CaseInApp);
        text.AppendLine(links.To(Link(kind, first, series)));
        return text.ToString();
    }
}

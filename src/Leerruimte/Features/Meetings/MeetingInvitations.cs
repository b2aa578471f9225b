using System.Text;
using Leerruimte.Data;
using Leerruimte.Features.Modules;
using Leerruimte.Features.People;
using Leerruimte.Infrastructure;
using Leerruimte.Features.Notifications;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Meetings;

/// <summary>
/// Invitations, updates and cancellations by e-mail, each with a calendar file, through the outbox.
/// Invitations carry links to the hand-outs to read beforehand.
/// </summary>
public sealed class MeetingInvitations(LeerruimteDb db, Messages messages, PublicLinks links, TimeProvider clock)
{
    public enum Kind { Invitation, Update, Cancellation }

    public async Task SendAsync(Meeting meeting, IReadOnlyCollection<Guid> to, Kind kind, CancellationToken ct = default)
    {
        if (to.Count == 0) return;
        var teamName = await db.Teams.Where(t => t.Id == meeting.TeamId).Select(t => t.Name).SingleAsync(ct);
        var people = await db.Users.Where(p => to.Contains(p.Id) || p.Id == meeting.FacilitatorId)
            .Select(p => new { p.Id, p.DisplayName, p.Email }).ToListAsync(ct);
        var organiser = people.Single(p => p.Id == meeting.FacilitatorId);
        var attendees = await db.Users.Where(p => meeting.Session!.Participants.Select(i => i.PersonId).Contains(p.Id))
            .Select(p => new CalendarFile.Attendee(p.DisplayName, p.Email!)).ToListAsync(ct);
        var cancel = kind == Kind.Cancellation;
        var body = Body(meeting, teamName, organiser.DisplayName, kind);
        var entry = new CalendarFile.Entry(meeting.Id, $"{Ui.Meeting_CalendarTitle}: {meeting.Title}", body, meeting.Place, meeting.StartsAt, meeting.EndsAt,
            meeting.CalendarSequence, teamName);
        var ics = Encoding.UTF8.GetBytes(CalendarFile.Create(entry, new(organiser.DisplayName, organiser.Email!), attendees, cancel, clock.GetUtcNow().UtcDateTime));

        var file = new Messages.Attachment("teambijeenkomst.ics", cancel ? CalendarFile.ContentTypeCancel : CalendarFile.ContentTypeRequest, ics);
        foreach (var person in people.Where(p => to.Contains(p.Id)))
            await messages.SendAsync(new(person.Id, person.DisplayName, person.Email!), new(MessageKind.Invitation, Notice(meeting, kind),
                $"/bijeenkomsten/{meeting.Id}", Subject(meeting, kind), string.Format(Ui.Mail_Meeting_Greeting, person.DisplayName) + "\n\n" + body, file), ct);
    }

    private static string Notice(Meeting meeting, Kind kind) => string.Format(kind switch
    {
        Kind.Update => Ui.Notification_MeetingChanged,
        Kind.Cancellation => Ui.Notification_MeetingCancelled,
        _ => Ui.Notification_Invitation,
    }, meeting.Title, DutchTime.Long(meeting.StartsAt));

    private static string Subject(Meeting meeting, Kind kind) => kind switch
    {
        Kind.Update => string.Format(Ui.Mail_Meeting_UpdateSubject, meeting.Title, DutchTime.Short(meeting.StartsAt)),
        Kind.Cancellation => string.Format(Ui.Mail_Meeting_CancelSubject, meeting.Title, DutchTime.Short(meeting.StartsAt)),
        _ => string.Format(Ui.Mail_Meeting_InviteSubject, meeting.Title, DutchTime.Short(meeting.StartsAt)),
    };

    private string Body(Meeting meeting, string team, string facilitator, Kind kind)
    {
        var text = new StringBuilder();
        text.AppendLine(kind switch
        {
            Kind.Cancellation => string.Format(Ui.Mail_Meeting_Cancelled, meeting.Title, DutchTime.Long(meeting.StartsAt)),
            Kind.Update => string.Format(Ui.Mail_Meeting_Changed, meeting.Title),
            _ => string.Format(Ui.Mail_Meeting_Invited, team, meeting.Title),
        });
        if (kind == Kind.Cancellation) return text.ToString();
        text.AppendLine();
        text.AppendLine(string.Format(Ui.Mail_Meeting_When, DutchTime.Long(meeting.StartsAt), meeting.DurationMinutes));
        if (!string.IsNullOrWhiteSpace(meeting.Place)) text.AppendLine(string.Format(Ui.Mail_Meeting_Where, meeting.Place));
        text.AppendLine(string.Format(Ui.Mail_Meeting_Facilitator, facilitator));
        text.AppendLine();
        text.AppendLine(Ui.Mail_Meeting_ReadBefore);
        foreach (var part in new[] { ModulePart.Assignments, ModulePart.IndividualAction, ModulePart.LearningForms })
            text.AppendLine($"- {ModulePart.Title(part)}: {links.To(ModuleLinks.Part(meeting.ModuleId, part, meeting.ModuleVersion))}");
        text.AppendLine($"- {Ui.Print_AllHandouts}: {links.To(ModuleLinks.Print(meeting.ModuleId, Handouts.All, meeting.ModuleVersion))}");
        text.AppendLine();
        text.AppendLine(string.Format(Ui.Mail_Meeting_Page, links.To($"/bijeenkomsten/{meeting.Id}")));
        return text.ToString();
    }
}

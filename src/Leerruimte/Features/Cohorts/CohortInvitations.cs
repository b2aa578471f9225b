using System.Text;
using Leerruimte.Data;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Notifications;
using Leerruimte.Features.TrainingProgrammes;
using Leerruimte.Infrastructure;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Cohorts;

/// <summary>
/// Invitations to a cohort's sessions, and news when one is moved or cancelled, by e-mail with one calendar file holding every
/// session it is about (each its own event), through the outbox. The links come from configuration (PublicLinks).
/// </summary>
public sealed class CohortInvitations(LeerruimteDb db, ContentCatalogue catalogue, Messages messages, PublicLinks links, TimeProvider clock)
{
    public enum Kind { Invitation, Update, Cancellation }

    public async Task SendAsync(Cohort cohort, Kind kind, IReadOnlyCollection<CohortSession> sessions, IReadOnlyCollection<Guid> to, CancellationToken ct = default)
    {
        var programme = await catalogue.ByVersionIdAsync<TrainingProgrammePack>(cohort.ProgrammeVersionId, ct)
            ?? throw new InvalidOperationException("A cohort's programme version is missing.");
        var people = await db.Users.Where(p => to.Contains(p.Id) || p.Id == cohort.TrainerId).Select(p => new { p.Id, p.DisplayName, p.Email }).ToListAsync(ct);
        var trainer = people.Single(p => p.Id == cohort.TrainerId);
        var ordered = sessions.OrderBy(s => s.Module).ToList();
        var body = Body(cohort, kind, programme, ordered, trainer.DisplayName);
        var cancel = kind == Kind.Cancellation;
        var entries = ordered.Select(s => new CalendarFile.Entry(s.Id, $"{cohort.Title}: {ModuleTitle(programme, s.Module)}", body, s.Place, s.StartsAt, s.EndsAt,
            s.CalendarSequence, Ui.Cohort_CalendarCategory)).ToList();
        var ics = Encoding.UTF8.GetBytes(CalendarFile.Create(entries, new(trainer.DisplayName, trainer.Email!),
            people.Select(p => new CalendarFile.Attendee(p.DisplayName, p.Email!)), cancel, clock.GetUtcNow().UtcDateTime));
        var file = new Messages.Attachment("training.ics", cancel ? CalendarFile.ContentTypeCancel : CalendarFile.ContentTypeRequest, ics);
        var (notice, subject) = kind switch
        {
            Kind.Update => (string.Format(Ui.Notification_CohortChanged, cohort.Title), string.Format(Ui.Mail_Cohort_UpdateSubject, cohort.Title)),
            Kind.Cancellation => (string.Format(Ui.Notification_CohortCancelled, cohort.Title), string.Format(Ui.Mail_Cohort_CancelSubject, cohort.Title)),
            _ => (string.Format(Ui.Notification_CohortInvitation, cohort.Title), string.Format(Ui.Mail_Cohort_InviteSubject, cohort.Title)),
        };
        foreach (var person in people.Where(p => to.Contains(p.Id)))
            await messages.SendAsync(new(person.Id, person.DisplayName, person.Email!), new(MessageKind.Invitation, notice, CohortLinks.Page(cohort.Id), subject,
                string.Format(Ui.Mail_Meeting_Greeting, person.DisplayName) + "\n\n" + body, file), ct);
    }

    public static string ModuleTitle(TrainingProgrammePack programme, int module) =>
        string.Format(Ui.Cohort_ModuleLabel, module, programme.FindModule(module)?.Title);

    private string Body(Cohort cohort, Kind kind, TrainingProgrammePack programme, List<CohortSession> sessions, string trainer)
    {
        var text = new StringBuilder();
        text.AppendLine(kind switch
        {
            Kind.Update => string.Format(Ui.Mail_Cohort_Changed, cohort.Title),
            Kind.Cancellation => string.Format(Ui.Mail_Cohort_Cancelled, cohort.Title),
            _ => string.Format(Ui.Mail_Cohort_Invited, programme.Title, cohort.Title),
        });
        text.AppendLine();
        foreach (var session in sessions)
        {
            text.AppendLine($"- {ModuleTitle(programme, session.Module)}: {DutchTime.Long(session.StartsAt)}"
                + (string.IsNullOrWhiteSpace(session.Place) ? "" : $", {session.Place}"));
        }
        text.AppendLine();
        text.AppendLine(string.Format(Ui.Mail_Cohort_Trainer, trainer));
        text.AppendLine(string.Format(Ui.Mail_Cohort_Page, links.To(CohortLinks.Page(cohort.Id))));
        return text.ToString();
    }
}

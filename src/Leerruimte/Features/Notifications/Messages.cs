using Leerruimte.Data;
using Leerruimte.Features.Scheduling;
using Leerruimte.Infrastructure;
using Leerruimte.Infrastructure.Mail;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Notifications;

/// <summary>
/// A message to a person about something in Leerruimte: always on their start page and, by their choice for its
/// kind, a mail at once, a line in the weekly digest, or no mail. A mail with a calendar file always goes at once:
/// a digest cannot carry the file, and an invitation a week late is no invitation. Stored with the caller's
/// SaveChanges, like the outbox. Account mail (passwords) does not come here: nobody can turn it off.
/// </summary>
public sealed class Messages(LeerruimteDb db, MailOutbox outbox, JobScheduler scheduler, PublicLinks links, TimeProvider clock)
{
    public sealed record Recipient(Guid Id, string Name, string Email);

    public sealed record Attachment(string Name, string ContentType, byte[] Content)
    {
        public bool IsCalendar => ContentType.StartsWith("text/calendar", StringComparison.OrdinalIgnoreCase);
    }

    /// <param name="Notice">The line on the start page, and in the digest.</param>
    /// <param name="Link">Where the line leads, a path in the app.</param>
    public sealed record Message(MessageKind Kind, string Notice, string Link, string Subject, string Body, Attachment? Attachment = null);

    public async Task SendAsync(Recipient to, Message message, CancellationToken ct = default)
    {
        var choice = message.Attachment is { IsCalendar: true } ? MailChoice.AtOnce : await MailChoices.OfAsync(db, to.Id, message.Kind, ct);
        var notice = message.Notice.Length > Notification.MaxText ? message.Notice[..Notification.MaxText] : message.Notice; // a long title stays a message
        db.Notifications.Add(new Notification { PersonId = to.Id, Text = notice, Link = message.Link, KeptForDigest = choice == MailChoice.Digest });
        if (choice == MailChoice.Digest) await KeepForDigestAsync(to.Id, ct);
        if (choice != MailChoice.AtOnce) return;

        var mail = outbox.Add(to.Email, to.Name, message.Subject, message.Attachment is { IsCalendar: true } ? message.Body : message.Body + Footer(links));
        if (message.Attachment is not { } file) return;
        (mail.AttachmentName, mail.AttachmentContentType, mail.AttachmentContent) = (file.Name, file.ContentType, file.Content);
    }

    /// <summary>Under every mail that could have waited for the digest: where to choose less.</summary>
    public static string Footer(PublicLinks links) => "\n\n--\n" + string.Format(Ui.Mail_LessMail, links.To(MailChoices.Page));

    /// <summary>
    /// Makes sure a digest is coming for this person: the next Monday 07:00 Dutch time. Two requests at once may both
    /// make one; the first to run sends all that was kept, the other finds nothing left and sends nothing.
    /// </summary>
    private async Task KeepForDigestAsync(Guid personId, CancellationToken ct)
    {
        var due = MailDigest.NextAfter(clock.GetUtcNow().UtcDateTime);
        if (db.MailDigests.Local.Any(d => d.PersonId == personId && d.DueAt == due && d.SentAt == null)
            || await db.MailDigests.AnyAsync(d => d.PersonId == personId && d.DueAt == due && d.SentAt == null, ct)) return;
        var digest = db.MailDigests.Add(new MailDigest { PersonId = personId, DueAt = due }).Entity;
        await scheduler.ScheduleAsync(WeeklyDigest.Kind, digest.Id, due, ct);
    }
}

using System.Text;
using Leerruimte.Data;
using Leerruimte.Features.Scheduling;
using Leerruimte.Infrastructure;
using Leerruimte.Infrastructure.Mail;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Notifications;

/// <summary>
/// Sends one person's weekly digest (a scheduled job, so once across instances and restarts): one mail listing every
/// message kept for them, each with its link; nothing when nothing is left to send.
/// </summary>
public sealed class WeeklyDigest(LeerruimteDb db, MailOutbox outbox, PublicLinks links, TimeProvider clock) : IJobHandler
{
    public const string Kind = "weekly-digest";

    string IJobHandler.Kind => Kind;

    public async Task RunAsync(Guid digestId, CancellationToken ct)
    {
        var digest = await db.MailDigests.FirstOrDefaultAsync(d => d.Id == digestId, ct);
        if (digest is null || digest.SentAt is not null) return;
        digest.SentAt = clock.GetUtcNow().UtcDateTime;
        // Claimed with one conditional update: a digest of the same person running at the same moment gets none of them.
        await db.Notifications.Where(n => n.PersonId == digest.PersonId && n.KeptForDigest && n.DigestId == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.DigestId, digestId), ct);
        var kept = await db.Notifications.AsNoTracking().Where(n => n.DigestId == digestId).OrderBy(n => n.CreatedAt).ToListAsync(ct);
        var person = await db.Users.Where(p => p.Id == digest.PersonId).Select(p => new { p.DisplayName, p.Email }).FirstOrDefaultAsync(ct);
        if (kept.Count > 0 && person?.Email is { } email)
            outbox.Add(email, person.DisplayName, Subject(kept.Count), string.Format(Ui.Mail_Digest_Body, person.DisplayName, List(kept)) + Messages.Footer(links));
        await db.SaveChangesAsync(ct);
    }

    private static string Subject(int count) => count == 1 ? Ui.Mail_Digest_SubjectOne : string.Format(Ui.Mail_Digest_Subject, count);

    private string List(List<Notification> kept)
    {
        var text = new StringBuilder();
        foreach (var n in kept) text.AppendLine($"- {DutchTime.Date(n.CreatedAt)}: {n.Text}").AppendLine($"  {links.To(n.Link)}");
        return text.ToString();
    }
}

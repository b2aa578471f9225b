using Leerruimte.Data;
using Leerruimte.Tenancy;

namespace Leerruimte.Infrastructure.Mail;

/// <summary>
/// Adds a message to the outbox in the caller's unit of work: it is stored with the change that caused it
/// (the caller's SaveChanges) and sent afterwards by <see cref="OutboxSender"/>.
/// </summary>
public sealed class MailOutbox(LeerruimteDb db, TenantContext tenant, TimeProvider clock)
{
    /// <summary>The longest subject stored; a longer one (a long meeting title in it) is cut short rather than refused.</summary>
    public const int MaxSubject = 300;

    public OutboxMessage Add(string to, string? toName, string subject, string textBody, string? htmlBody = null, Guid? organisationId = null)
    {
        var message = new OutboxMessage
        {
            OrganisationId = organisationId ?? tenant.OrganisationId,
            To = to,
            ToName = toName,
            Subject = subject.Length > MaxSubject ? subject[..(MaxSubject - 1)] + "…" : subject,
            TextBody = textBody,
            HtmlBody = htmlBody,
            NextAttemptAt = clock.GetUtcNow().UtcDateTime,
        };
        db.OutboxMessages.Add(message);
        return message;
    }
}

using Leerruimte.Data;

namespace Leerruimte.Infrastructure.Mail;

/// <summary>
/// An e-mail waiting to be sent. Stored in the same transaction as the change that caused it, then sent
/// by <see cref="OutboxSender"/>; a message is claimed before sending so two instances never both send it.
/// </summary>
public sealed class OutboxMessage : IHasCreatedAt
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid? OrganisationId { get; set; }
    public required string To { get; set; }
    public string? ToName { get; set; }
    public required string Subject { get; set; }
    public required string TextBody { get; set; }
    public string? HtmlBody { get; set; }
    public string? AttachmentName { get; set; }
    public string? AttachmentContentType { get; set; }
    public byte[]? AttachmentContent { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public DateTime? ClaimedUntil { get; set; }
    public int Attempts { get; set; }
    public DateTime? SentAt { get; set; }
    public DateTime? GaveUpAt { get; set; }
    public string? LastError { get; set; }
}

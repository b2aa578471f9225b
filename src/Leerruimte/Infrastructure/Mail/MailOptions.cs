using System.ComponentModel.DataAnnotations;

namespace Leerruimte.Infrastructure.Mail;

public enum SmtpSecurity { None, StartTls, SslOnConnect, Auto }

/// <summary>Section "Mail". Without <see cref="SmtpHost"/> messages are written as .eml files to the pickup folder.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    [Required, EmailAddress] public string FromAddress { get; set; } = "noreply@leerruimte.localhost";
    [Required] public string FromName { get; set; } = "Leerruimte";
    public string? SmtpHost { get; set; }
    [Range(1, 65535)] public int SmtpPort { get; set; } = 25;
    public SmtpSecurity Security { get; set; } = SmtpSecurity.Auto;
    public string? UserName { get; set; }
    public string? Password { get; set; }

    /// <summary>Folder (under the data folder) for .eml files when no SMTP server is configured.</summary>
    public string PickupFolder { get; set; } = "mail";

    [Range(1, 50)] public int MaxAttempts { get; set; } = 8;
    [TimeSpanRange("00:00:00.050", "00:10:00")] public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
    [TimeSpanRange("00:00:00.010", "01:00:00")] public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Whether this instance runs the background sender. Off on instances that should only serve pages
    /// (and in tests that drive the sender themselves); at least one instance must have it on.
    /// </summary>
    public bool SendInBackground { get; set; } = true;

    /// <summary>Shows the outbox page to admins; on by default in Development.</summary>
    public bool? ShowOutboxPage { get; set; }
}

using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Leerruimte.Infrastructure.Mail;

/// <summary>Turns an outbox message into MIME and hands it to the SMTP server, or to the pickup folder when none is set.</summary>
public sealed class MailTransport(IOptionsMonitor<MailOptions> options, Data.DataFolder dataFolder)
{
    public async Task SendAsync(IReadOnlyList<OutboxMessage> messages, Action<OutboxMessage, Exception?> done, CancellationToken ct)
    {
        var o = options.CurrentValue;
        if (string.IsNullOrWhiteSpace(o.SmtpHost))
        {
            foreach (var m in messages) done(m, await WritePickupAsync(o, m, ct));
            return;
        }

        using var client = new SmtpClient { Timeout = 30_000 };
        try
        {
            await client.ConnectAsync(o.SmtpHost, o.SmtpPort, ToMailKit(o.Security), ct);
            if (!string.IsNullOrEmpty(o.UserName)) await client.AuthenticateAsync(o.UserName, o.Password ?? "", ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            foreach (var m in messages) done(m, e);
            return;
        }

        foreach (var m in messages)
        {
            try
            {
                await client.SendAsync(ToMime(o, m), ct);
                done(m, null);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                done(m, e);
                if (!client.IsConnected) break;
            }
        }
        if (client.IsConnected) await client.DisconnectAsync(true, ct);
    }

    private async Task<Exception?> WritePickupAsync(MailOptions o, OutboxMessage m, CancellationToken ct)
    {
        try
        {
            var folder = Path.Combine(dataFolder.Path, o.PickupFolder);
            Directory.CreateDirectory(folder);
            await ToMime(o, m).WriteToAsync(Path.Combine(folder, $"{m.Id}.eml"), ct);
            return null;
        }
        catch (IOException e) { return e; }
    }

    public static MimeMessage ToMime(MailOptions o, OutboxMessage m)
    {
        var message = new MimeMessage
        {
            // A stable Message-Id lets receiving servers drop a copy if a crash made us send it again.
            MessageId = $"{m.Id:N}@leerruimte",
            Subject = m.Subject,
            Date = m.CreatedAt,
        };
        message.From.Add(new MailboxAddress(o.FromName, o.FromAddress));
        message.To.Add(new MailboxAddress(m.ToName ?? "", m.To));
        var body = new BodyBuilder { TextBody = m.TextBody, HtmlBody = m.HtmlBody };
        if (m.AttachmentContent is not null && m.AttachmentName is not null)
            body.Attachments.Add(m.AttachmentName, m.AttachmentContent, ContentType.Parse(m.AttachmentContentType ?? "application/octet-stream"));
        message.Body = body.ToMessageBody();
        return message;
    }

    private static SecureSocketOptions ToMailKit(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}

using Leerruimte.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Leerruimte.Infrastructure.Mail;

/// <summary>
/// Sends what is due in the outbox. Each message is claimed with a conditional update before sending, so
/// several app instances never send the same message; failures are retried with growing delays.
/// </summary>
public sealed class OutboxSender(
    IServiceScopeFactory scopes, MailTransport transport, IOptionsMonitor<MailOptions> options,
    TimeProvider clock, ILogger<OutboxSender> logger) : BackgroundService
{
    private static readonly TimeSpan ClaimDuration = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.CurrentValue.SendInBackground) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await SendDueAsync(stoppingToken) > 0) { }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Outbox round failed; trying again next round.");
            }
            await Task.Delay(options.CurrentValue.PollInterval, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>Sends one batch of due messages; returns how many were attempted.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LeerruimteDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        var claimed = new List<OutboxMessage>();
        foreach (var id in await DueIds(db, now).ToListAsync(ct))
        {
            // The whole due condition again: since we read the list another instance may have sent it, or failed and rescheduled it, or given up.
            var won = await Due(db, now).Where(m => m.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedUntil, now + ClaimDuration), ct);
            if (won == 1) claimed.Add(await AllMessages(db).AsNoTracking().SingleAsync(m => m.Id == id, ct));
        }
        if (claimed.Count == 0) return 0;

        var outcomes = new List<(OutboxMessage Message, Exception? Error)>();
        try
        {
            await transport.SendAsync(claimed, (m, e) => outcomes.Add((m, e)), ct);
        }
        finally
        {
            // Also when stopping mid-batch: a message that went out must be marked sent, or it goes out again after a restart.
            foreach (var (message, error) in outcomes) await RecordAsync(db, message, error, CancellationToken.None);
        }
        return claimed.Count;
    }

    private static IQueryable<OutboxMessage> AllMessages(LeerruimteDb db) => db.OutboxMessages.IgnoreQueryFilters([TenantFilters.Name]);

    private static IQueryable<OutboxMessage> Due(LeerruimteDb db, DateTime now) =>
        AllMessages(db).Where(m => m.SentAt == null && m.GaveUpAt == null && m.NextAttemptAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil < now));

    private static IQueryable<Guid> DueIds(LeerruimteDb db, DateTime now) =>
        Due(db, now)
            .OrderBy(m => m.NextAttemptAt)
            .Select(m => m.Id)
            .Take(20);

    private async Task RecordAsync(LeerruimteDb db, OutboxMessage message, Exception? error, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var query = AllMessages(db).Where(m => m.Id == message.Id);
        if (error is null)
        {
            await query.ExecuteUpdateAsync(s => s.SetProperty(m => m.SentAt, now).SetProperty(m => m.ClaimedUntil, (DateTime?)null), ct);
            return;
        }

        var attempts = message.Attempts + 1;
        var o = options.CurrentValue;
        // A permanent refusal (5xx, e.g. an unknown mailbox) will not get better by trying again.
        var giveUp = attempts >= o.MaxAttempts || error is MailKit.Net.Smtp.SmtpCommandException { StatusCode: >= (MailKit.Net.Smtp.SmtpStatusCode)500 };
        var next = now + o.FirstRetryDelay * Math.Pow(2, Math.Min(attempts - 1, 10));
        var reason = $"{error.GetType().Name}: {error.Message}";
        await query.ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Attempts, attempts)
            .SetProperty(m => m.LastError, reason.Length > 2000 ? reason[..2000] : reason)
            .SetProperty(m => m.NextAttemptAt, next)
            .SetProperty(m => m.GaveUpAt, giveUp ? now : null)
            .SetProperty(m => m.ClaimedUntil, (DateTime?)null), ct);
        if (giveUp) logger.LogError(error, "Gave up on mail {MessageId} to {To} after {Attempts} attempts.", message.Id, message.To, attempts);
        else logger.LogWarning("Mail {MessageId} failed (attempt {Attempts}); retrying at {Next:u}: {Reason}", message.Id, attempts, next, reason);
    }
}

using Leerruimte.Data;
using Leerruimte.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Leerruimte.Features.Scheduling;

public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);
    public int MaxAttempts { get; set; } = 5;
}

/// <summary>
/// Runs due jobs. "Due" is read from the app's <see cref="TimeProvider"/> (a fake clock in tests); how often
/// to look is real time. A job is claimed with a conditional update, then run together with marking it done
/// in one transaction: it happens once, or not at all and again later.
/// </summary>
public sealed class JobRunner(IServiceScopeFactory scopes, TimeProvider clock, IOptionsMonitor<SchedulingOptions> options, ILogger<JobRunner> logger)
    : BackgroundService
{
    private static readonly TimeSpan ClaimDuration = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try { await RunDueAsync(stoppingToken); }
            catch (Exception e) when (e is not OperationCanceledException) { logger.LogError(e, "Scheduled jobs round failed."); }
            await Task.Delay(options.CurrentValue.PollInterval, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>Runs every job that is due now; returns how many ran.</summary>
    public async Task<int> RunDueAsync(CancellationToken ct)
    {
        var ran = 0;
        List<Guid> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LeerruimteDb>();
            var now = Now;
            due = await Due(db, now).OrderBy(j => j.DueAt).Select(j => j.Id).Take(50).ToListAsync(ct);
        }
        foreach (var id in due)
            if (await RunOneAsync(id, ct)) ran++;
        return ran;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private static IQueryable<ScheduledJob> Due(LeerruimteDb db, DateTime now) =>
        db.ScheduledJobs.Where(j => j.CompletedAt == null && j.DueAt <= now && (j.ClaimedUntil == null || j.ClaimedUntil < now));

    private async Task<bool> RunOneAsync(Guid id, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LeerruimteDb>();
        var now = Now;
        if (await Due(db, now).Where(j => j.Id == id).ExecuteUpdateAsync(s => s.SetProperty(j => j.ClaimedUntil, now + ClaimDuration), ct) != 1)
            return false; // another instance has it

        var job = await db.ScheduledJobs.SingleAsync(j => j.Id == id, ct);
        scope.ServiceProvider.GetRequiredService<TenantContext>().Enter(job.OrganisationId);
        // No request brings a language here: what a job writes (a reminder's "op 10 november") is in Dutch, as the
        // app's texts are first, not in the server's culture ("10 November"). Flows only into this job's own work.
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.CurrentUICulture = Infrastructure.LocalizationSetup.Dutch;
        var handler = scope.ServiceProvider.GetServices<IJobHandler>().SingleOrDefault(h => h.Kind == job.Kind);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (handler is null) throw new InvalidOperationException($"No handler for job kind '{job.Kind}'.");
            await handler.RunAsync(job.SubjectId, ct);
            job.CompletedAt = Now;
            job.ClaimedUntil = null;
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await RecordFailureAsync(id, e, ct);
            return false;
        }
    }

    private async Task RecordFailureAsync(Guid id, Exception error, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LeerruimteDb>();
        var job = await db.ScheduledJobs.SingleAsync(j => j.Id == id, ct);
        job.Attempts++;
        job.LastError = $"{error.GetType().Name}: {error.Message}"[..Math.Min(2000, error.Message.Length + error.GetType().Name.Length + 2)];
        job.ClaimedUntil = Now + TimeSpan.FromMinutes(Math.Pow(2, job.Attempts));
        if (job.Attempts >= options.CurrentValue.MaxAttempts) job.CompletedAt = Now;
        await db.SaveChangesAsync(ct);
        logger.LogError(error, "Scheduled job {Kind} for {Subject} failed (attempt {Attempts}).", job.Kind, job.SubjectId, job.Attempts);
    }
}

public static class SchedulingSetup
{
    public static WebApplicationBuilder AddScheduling(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SchedulingOptions>().BindConfiguration(SchedulingOptions.Section);
        builder.Services.AddScoped<JobScheduler>();
        builder.Services.AddSingleton<JobRunner>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<JobRunner>());
        return builder;
    }
}

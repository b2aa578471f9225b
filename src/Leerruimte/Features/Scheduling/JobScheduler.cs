using Leerruimte.Data;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Scheduling;

/// <summary>Runs one kind of scheduled job. It works on the scope's database inside the job's transaction.</summary>
public interface IJobHandler
{
    string Kind { get; }
    Task RunAsync(Guid subjectId, CancellationToken ct);
}

/// <summary>Puts a job in the schedule, in the caller's unit of work (stored with the change that caused it).</summary>
public sealed class JobScheduler(LeerruimteDb db, Tenancy.TenantContext tenant)
{
    public async Task ScheduleAsync(string kind, Guid subjectId, DateTime dueAt, CancellationToken ct = default)
    {
        var existing = await db.ScheduledJobs.FirstOrDefaultAsync(j => j.Kind == kind && j.SubjectId == subjectId, ct);
        if (existing is null)
        {
            db.ScheduledJobs.Add(new ScheduledJob
            {
                Kind = kind, SubjectId = subjectId, DueAt = dueAt,
                OrganisationId = tenant.OrganisationId ?? throw new InvalidOperationException("Scheduling needs an organisation scope."),
            });
        }
        else if (existing.CompletedAt is null) existing.DueAt = dueAt;
    }

    /// <summary>Takes a job that has not run out of the schedule (its reason is gone: a session cancelled, or moved so near that its reminder would come late).</summary>
    public async Task DropAsync(string kind, Guid subjectId, CancellationToken ct = default) =>
        db.ScheduledJobs.RemoveRange(await db.ScheduledJobs.Where(j => j.Kind == kind && j.SubjectId == subjectId && j.CompletedAt == null).ToListAsync(ct));

    /// <summary>As <see cref="ScheduleAsync"/>, and a job that has run already is put back for the new moment (a new target date is a new reminder).</summary>
    public async Task ScheduleAgainAsync(string kind, Guid subjectId, DateTime dueAt, CancellationToken ct = default)
    {
        await ScheduleAsync(kind, subjectId, dueAt, ct);
        if (db.ScheduledJobs.Local.FirstOrDefault(j => j.Kind == kind && j.SubjectId == subjectId && j.CompletedAt != null) is { } done)
            (done.DueAt, done.CompletedAt, done.ClaimedUntil, done.Attempts, done.LastError) = (dueAt, null, null, 0, null);
    }
}

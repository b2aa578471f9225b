using Leerruimte.Data;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.ConversationReports;

/// <summary>
/// Who reads a conversation report: its writer and the trainer of its cohort, nobody else (not other participants,
/// not the commissioning team leader, not admins). Queries run under the organisation filter of the context.
/// </summary>
public sealed class ReportAccess(LeerruimteDb db)
{
    /// <summary>The writer's own report on a case of a cohort they take part in, or null when there is none yet.</summary>
    public Task<ConversationReport?> MineAsync(Guid cohortId, string caseId, Guid personId, CancellationToken ct = default) =>
        WithChildren().FirstOrDefaultAsync(r => r.CohortId == cohortId && r.CaseId == caseId && r.WriterId == personId, ct);

    /// <summary>A report for its writer or the cohort's trainer; null (a 404) for everyone else.</summary>
    public Task<ConversationReport?> ReadAsync(Guid reportId, Guid personId, CancellationToken ct = default) =>
        WithChildren().FirstOrDefaultAsync(r => r.Id == reportId
            && (r.WriterId == personId || db.Cohorts.Any(c => c.Id == r.CohortId && c.TrainerId == personId)), ct);

    public sealed record Listed(Guid Id, string CaseId, string Writer, DateTime UpdatedAt);

    /// <summary>Every report of a cohort, for its trainer (empty for anyone else).</summary>
    public async Task<List<Listed>> OfCohortAsync(Guid cohortId, Guid trainerId, CancellationToken ct = default)
    {
        if (!await db.Cohorts.AnyAsync(c => c.Id == cohortId && c.TrainerId == trainerId, ct)) return [];
        var rows = await db.ConversationReports.Where(r => r.CohortId == cohortId)
            .Join(db.Users, r => r.WriterId, p => p.Id, (r, p) => new { r.Id, r.CaseId, p.DisplayName, r.UpdatedAt }).ToListAsync(ct);
        return [.. rows.OrderBy(r => r.DisplayName).Select(r => new Listed(r.Id, r.CaseId, r.DisplayName, r.UpdatedAt))];
    }

    /// <summary>Whether this person takes part in the cohort (and so may write a report in it).</summary>
    public Task<bool> TakesPartAsync(Guid cohortId, Guid personId, CancellationToken ct = default) =>
        db.CohortParticipants.AnyAsync(p => p.CohortId == cohortId && p.PersonId == personId, ct);

    /// <summary>The training programme (pack id) a cohort follows, or null.</summary>
    public Task<string?> ProgrammeOfAsync(Guid cohortId, CancellationToken ct = default) =>
        db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.ProgrammeId).FirstOrDefaultAsync(ct);

    private IQueryable<ConversationReport> WithChildren() => db.ConversationReports
        .Include(r => r.Domains).Include(r => r.Icf).Include(r => r.Plan).Include(r => r.Confirmations).AsSplitQuery();
}

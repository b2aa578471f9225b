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

    /// <summary>Whether this person takes part in the cohort (and so may write a report in it).</summary>
    public Task<bool> TakesPartAsync(Guid cohortId, Guid personId, CancellationToken ct = default) =>
        db.CohortParticipants.AnyAsync(p => p.CohortId == cohortId && p.PersonId == personId, ct);

    private IQueryable<ConversationReport> WithChildren() => db.ConversationReports
        .Include(r => r.Domains).Include(r => r.Icf).Include(r => r.Plan).Include(r => r.Confirmations).AsSplitQuery();
}

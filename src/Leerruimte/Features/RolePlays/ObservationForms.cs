using Leerruimte.Data;
using Leerruimte.Features.Cohorts;
using Leerruimte.Features.Forms;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.RolePlays;

/// <summary>Where the observation forms of a round are kept: one response per respondent and leader, on the forms mechanism.</summary>
public static class ObservationForms
{
    public static string FormKey(string formId) => $"observation:{formId}";

    public static FormTarget Target(Cohort cohort, RolePlay round, Guid respondentId, Guid leaderId) =>
        new(cohort.ProgrammeVersionId, FormKey(round.FormId!), respondentId, leaderId, round.Origin);

    /// <summary>The submitted responses about this leader in these rounds; drafts do not count anywhere.</summary>
    public static Task<List<FormResponse>> SubmittedAsync(LeerruimteDb db, IReadOnlyCollection<Guid> roundIds, Guid leaderId, CancellationToken ct = default) =>
        db.FormResponses.AsNoTracking().Include(r => r.Answers)
            .Where(r => r.OriginKind == RolePlay.OriginKind && r.OriginId != null && roundIds.Contains(r.OriginId.Value)
                && r.SubjectId == leaderId && r.SubmittedAt != null && r.FormKey.StartsWith("observation:"))
            .ToListAsync(ct);
}

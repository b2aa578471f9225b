using Leerruimte.Authorization;
using Leerruimte.Data;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Cohorts;

/// <summary>
/// Who is in a cohort: its trainer and the coordinator who commissioned it run it; its participants take part; nobody
/// else (not an admin, not a participant's team leader). Every cohort page asks here, in SQL.
/// </summary>
public static class CohortAccess
{
    public enum Part { None, Runs, TakesPart }

    /// <summary>Trainers start cohorts, and so do team leaders, who commission trainings.</summary>
    public static bool MayPlan(CurrentUser user) => PlanCohort.Planner.Of(user) is { IsTrainer: true } or { IsTeamLeader: true };

    public static IQueryable<Cohort> Run(LeerruimteDb db, Guid personId) =>
        db.Cohorts.Where(c => c.TrainerId == personId || c.CommissionedById == personId);

    public static IQueryable<Cohort> Of(LeerruimteDb db, Guid personId) =>
        db.Cohorts.Where(c => c.TrainerId == personId || c.CommissionedById == personId || c.Participants.Any(p => p.PersonId == personId));

    public static async Task<Part> PartAsync(LeerruimteDb db, Guid cohortId, Guid personId, CancellationToken ct = default)
    {
        var row = await db.Cohorts.Where(c => c.Id == cohortId)
            .Select(c => new { Runs = c.TrainerId == personId || c.CommissionedById == personId, TakesPart = c.Participants.Any(p => p.PersonId == personId) })
            .FirstOrDefaultAsync(ct);
        return row is null ? Part.None : row.Runs ? Part.Runs : row.TakesPart ? Part.TakesPart : Part.None;
    }
}

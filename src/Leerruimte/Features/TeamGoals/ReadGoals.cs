using Leerruimte.Data;
using Leerruimte.Features.Teams;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.TeamGoals;

/// <summary>What the goal pages show, and only to someone in the team: null for anyone else, who gets a 404.</summary>
public sealed class ReadGoals(LeerruimteDb db)
{
    public sealed record Latest(DateOnly Date, double Value);

    public sealed record Summary(TeamGoal Goal, Latest? Last);

    public sealed record ValueRow(Guid Id, DateOnly Date, double Value, string? RecordedBy, Guid? RecordedById = null);

    public Task<string?> TeamNameAsync(Guid teamId, Guid personId, CancellationToken ct = default) => TeamAccess.TeamNameAsync(db, teamId, personId, ct);

    /// <summary>The team's goals, active first, each with its latest value.</summary>
    public Task<List<Summary>> OfTeamAsync(Guid teamId, CancellationToken ct = default) =>
        db.TeamGoals.AsNoTracking().Where(g => g.TeamId == teamId)
            .OrderBy(g => g.Status).ThenBy(g => g.CreatedAt)
            .Select(g => new Summary(g, g.Values.OrderByDescending(v => v.Date).ThenByDescending(v => v.RecordedAt)
                .Select(v => new Latest(v.Date, v.Value)).FirstOrDefault()))
            .ToListAsync(ct);

    /// <summary>The goal, tracked so it can be changed; null when it is not this team's.</summary>
    public Task<TeamGoal?> GoalAsync(Guid teamId, Guid goalId, CancellationToken ct = default) =>
        db.TeamGoals.FirstOrDefaultAsync(g => g.Id == goalId && g.TeamId == teamId, ct);

    /// <summary>The goal's values in date order (as recorded within a day), with who recorded each.</summary>
    public Task<List<ValueRow>> ValuesAsync(Guid goalId, CancellationToken ct = default) =>
        db.GoalValues.AsNoTracking().Where(v => v.GoalId == goalId).OrderBy(v => v.Date).ThenBy(v => v.RecordedAt)
            .Select(v => new ValueRow(v.Id, v.Date, v.Value, db.Users.Where(p => p.Id == v.RecordedById).Select(p => p.DisplayName).FirstOrDefault(), v.RecordedById))
            .ToListAsync(ct);
}

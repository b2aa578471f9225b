using Leerruimte.Data;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Teams;

/// <summary>
/// Who is in a team: anyone with a role in it (member, facilitator, team leader, trainer) — and nobody else, not the
/// organisation's admin unless they have a role there too. What a team keeps for itself (its cases, consultations,
/// board sessions, goals) is shown by this rule only.
/// </summary>
public static class TeamAccess
{
    public sealed record TeamPerson(Guid Id, string Name);

    /// <summary>Everyone in the team, once each whatever their roles, by name: to pick who does something.</summary>
    public static Task<List<TeamPerson>> PeopleAsync(LeerruimteDb db, Guid teamId, CancellationToken ct = default) =>
        db.Users.Where(p => db.TeamMemberships.Any(m => m.TeamId == teamId && m.PersonId == p.Id))
            .OrderBy(p => p.DisplayName).Select(p => new TeamPerson(p.Id, p.DisplayName)).ToListAsync(ct);

    /// <summary>The teams this person is in, for a query to filter by (<c>mine.Contains(c.TeamId)</c>).</summary>
    public static IQueryable<Guid> TeamsOf(LeerruimteDb db, Guid personId) =>
        db.TeamMemberships.Where(m => m.PersonId == personId).Select(m => m.TeamId);

    /// <summary>The team's name if this person is in it, else null: the check and the heading in one query.</summary>
    public static Task<string?> TeamNameAsync(LeerruimteDb db, Guid teamId, Guid personId, CancellationToken ct = default) =>
        db.Teams.Where(t => t.Id == teamId && t.Memberships.Any(m => m.PersonId == personId)).Select(t => t.Name).FirstOrDefaultAsync(ct);

    public static Task<bool> IsInAsync(LeerruimteDb db, Guid teamId, Guid personId, CancellationToken ct = default) =>
        db.TeamMemberships.AnyAsync(m => m.TeamId == teamId && m.PersonId == personId, ct);

    /// <summary>Whether the person leads the team (its team leader).</summary>
    public static Task<bool> IsLeaderAsync(LeerruimteDb db, Guid teamId, Guid personId, CancellationToken ct = default) =>
        db.TeamMemberships.AnyAsync(m => m.TeamId == teamId && m.PersonId == personId && m.Role == TeamRole.TeamLeader, ct);

    /// <summary>Whether every one of <paramref name="people"/> belongs to the team (the check of every planner's invitees).</summary>
    public static async Task<bool> AllInAsync(LeerruimteDb db, Guid teamId, IReadOnlyCollection<Guid> people, CancellationToken ct = default)
    {
        var distinct = people.Distinct().ToList();
        return await db.TeamMemberships.Where(m => m.TeamId == teamId && distinct.Contains(m.PersonId)).Select(m => m.PersonId).Distinct().CountAsync(ct) == distinct.Count;
    }
}

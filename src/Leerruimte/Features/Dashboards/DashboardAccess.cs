using Leerruimte.Authorization;
using Leerruimte.Data;
using Leerruimte.Features.Teams;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Dashboards;

/// <summary>
/// Who sees which dashboard: an admin every team of the organisation and its total; a team leader the teams she
/// leads, each on its own (no total across them, ADR 0016). Members see no dashboard; their team page shows them
/// what the team shares.
/// </summary>
public static class DashboardAccess
{
    public sealed record TeamChoice(Guid Id, string Name);

    public static Task<List<TeamChoice>> TeamsAsync(LeerruimteDb db, CurrentUser user, CancellationToken ct = default)
    {
        var teams = user.IsAdmin ? db.Teams
            : db.Teams.Where(t => t.Memberships.Any(m => m.PersonId == user.PersonId && m.Role == TeamRole.TeamLeader));
        return teams.OrderBy(t => t.Name).Select(t => new TeamChoice(t.Id, t.Name)).ToListAsync(ct);
    }
}

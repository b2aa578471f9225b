using Leerruimte.Data;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Teams;

/// <summary>Whether someone is in a team in any role (member, facilitator, team leader, trainer). The admin's role is no membership.</summary>
public static class TeamAccess
{
    public static Task<bool> IsInTeamAsync(LeerruimteDb db, Guid teamId, Guid personId, CancellationToken ct = default) =>
        db.TeamMemberships.AnyAsync(m => m.TeamId == teamId && m.PersonId == personId, ct);
}

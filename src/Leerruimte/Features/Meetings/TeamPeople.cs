using Leerruimte.Data;
using Leerruimte.Features.Teams;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Meetings;

/// <summary>The people of a team for pick lists: everyone once, with whether they facilitate.</summary>
public static class TeamPeople
{
    public sealed record Option(Guid Id, string Name, bool Facilitates);

    public static async Task<List<Option>> OfAsync(LeerruimteDb db, Guid teamId, CancellationToken ct = default)
    {
        var rows = await db.TeamMemberships.AsNoTracking().Where(m => m.TeamId == teamId)
            .Select(m => new { m.PersonId, m.Person!.DisplayName, m.Role }).ToListAsync(ct);
        return rows.GroupBy(r => r.PersonId)
            .Select(g => new Option(g.Key, g.First().DisplayName, g.Any(r => r.Role == TeamRole.Facilitator)))
            .OrderBy(o => o.Name).ToList();
    }
}

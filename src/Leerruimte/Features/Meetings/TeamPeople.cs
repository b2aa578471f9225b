using Leerruimte.Data;
using Leerruimte.Features.Teams;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Meetings;

/// <summary>The people of a team for pick lists: everyone once, with whether they facilitate or lead the team.</summary>
public static class TeamPeople
{
    public sealed record Option(Guid Id, string Name, bool Facilitates, bool Leads = false);

    public static async Task<List<Option>> OfAsync(LeerruimteDb db, Guid teamId, CancellationToken ct = default)
    {
        var rows = await db.TeamMemberships.AsNoTracking().Where(m => m.TeamId == teamId)
            .Select(m => new { m.PersonId, m.Person!.DisplayName, m.Role }).ToListAsync(ct);
        return rows.GroupBy(r => r.PersonId)
            .Select(g => new Option(g.Key, g.First().DisplayName, g.Any(r => r.Role == TeamRole.Facilitator), g.Any(r => r.Role == TeamRole.TeamLeader)))
            .OrderBy(o => o.Name).ToList();
    }

    /// <summary>
    /// Who a new meeting invites unless the planner changes it: the team, not its leaders. Board notes, groups and
    /// attendance are for the people in the meeting; a leader takes part only when invited on purpose.
    /// </summary>
    public static HashSet<Guid> InvitedByDefault(IEnumerable<Option> people) => people.Where(p => !p.Leads).Select(p => p.Id).ToHashSet();
}

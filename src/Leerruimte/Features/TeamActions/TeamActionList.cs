using Leerruimte.Data;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.TeamActions;

/// <summary>The team's list of actions as screens show it: the action, its owner's name, where it came from.</summary>
public sealed record TeamActionView(Guid Id, string Text, Guid? OwnerId, string? Owner, DateOnly? DueDate, TeamActionStatus Status, string OriginKind, Guid OriginId, int SessionsOpen = 1)
{
    public bool Stuck => Status == TeamActionStatus.Open && SessionsOpen >= TeamAction.StuckAfter;
}

public static class TeamActionList
{
    /// <summary>A team's actions: open ones first (by due date), then the closed ones of the last while.</summary>
    public static async Task<List<TeamActionView>> OfTeamAsync(LeerruimteDb db, Guid teamId, string? originKind = null, CancellationToken ct = default)
    {
        var actions = db.TeamActions.AsNoTracking().Where(a => a.TeamId == teamId);
        if (originKind is not null) actions = actions.Where(a => a.OriginKind == originKind);
        var rows = await actions.OrderBy(a => a.Status).ThenBy(a => a.DueDate).ThenBy(a => a.CreatedAt).Take(300)
            .Select(a => new TeamActionView(a.Id, a.Text, a.OwnerId, db.Users.Where(p => p.Id == a.OwnerId).Select(p => p.DisplayName).FirstOrDefault(),
                a.DueDate, a.Status, a.OriginKind, a.OriginId, a.SessionsOpen)).ToListAsync(ct);
        return rows;
    }

    /// <summary>
    /// What a session shows of the list: the actions agreed in it, and the open ones from earlier sessions of its kind
    /// in the team, which come back every time until they are closed.
    /// </summary>
    public static async Task<(List<TeamActionView> FromThis, List<TeamActionView> StillOpen)> ForSessionAsync(LeerruimteDb db, Guid teamId, Sessions.Origin origin, CancellationToken ct = default)
    {
        var all = await OfTeamAsync(db, teamId, origin.Kind, ct);
        // An action back from earlier is open at this session too: it counts, so at its third session it is marked.
        return ([.. all.Where(a => a.OriginId == origin.Id)],
            [.. all.Where(a => a.OriginId != origin.Id && a.Status == TeamActionStatus.Open).Select(a => a with { SessionsOpen = a.SessionsOpen + 1 })]);
    }

    /// <summary>
    /// When a session closes: every open action of its kind in the team that came from an earlier session has now been
    /// open at one more. Changed on tracked rows, so it is saved with the close (and redone with it after a conflict).
    /// </summary>
    public static async Task CarryOverAsync(LeerruimteDb db, Guid teamId, Sessions.Origin closing, CancellationToken ct = default)
    {
        var open = await db.TeamActions.Where(a => a.TeamId == teamId && a.OriginKind == closing.Kind && a.OriginId != closing.Id && a.Status == TeamActionStatus.Open).ToListAsync(ct);
        foreach (var action in open) action.SessionsOpen++;
    }
}

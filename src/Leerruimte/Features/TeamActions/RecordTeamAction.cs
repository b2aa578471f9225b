using Leerruimte.Data;
using Leerruimte.Infrastructure;
using Leerruimte.Infrastructure.Privacy;
using Leerruimte.Features.Sessions;
using Leerruimte.Features.Teams;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.TeamActions;

/// <summary>
/// Putting an action on the team's list from a session, and changing it later (owner, date, status). Only someone
/// in the team does either; an owner must be in the team too.
/// </summary>
public sealed class RecordTeamAction(LeerruimteDb db, TimeProvider clock)
{
    public sealed record Change(string? Text, Guid? OwnerId, DateOnly? DueDate, TeamActionStatus Status);

    public async Task<(TeamAction? Action, string? Error)> AddAsync(Guid teamId, Origin origin, Guid personId, string? text, Guid? ownerId, DateOnly? dueDate, Guid? fromItemId = null, CancellationToken ct = default)
    {
        if (fromItemId is { } item && await db.TeamActions.FirstOrDefaultAsync(a => a.OriginKind == origin.Kind && a.OriginId == origin.Id && a.FromItemId == item, ct) is { } made)
            return (made, null);
        var action = new TeamAction { TeamId = teamId, Text = "", OriginKind = origin.Kind, OriginId = origin.Id, FromItemId = fromItemId };
        if (await ApplyAsync(action, personId, new Change(text, ownerId, dueDate, TeamActionStatus.Open), ct) is { } error) return (null, error);
        db.TeamActions.Add(action);
        await db.SaveChangesAsync(ct);
        return (action, null);
    }

    public async Task<string?> UpdateAsync(Guid actionId, Guid personId, Change change, CancellationToken ct = default)
    {
        var action = await db.TeamActions.Where(a => TeamAccess.TeamsOf(db, personId).Contains(a.TeamId)).FirstOrDefaultAsync(a => a.Id == actionId, ct);
        if (action is null) return Ui.TeamAction_NotFound;
        if (await ApplyAsync(action, personId, change, ct) is { } error) return error;
        await db.SaveChangesAsync(ct);
        return null;
    }

    private async Task<string?> ApplyAsync(TeamAction action, Guid personId, Change change, CancellationToken ct)
    {
        var text = change.Text?.Trim();
        if (string.IsNullOrEmpty(text)) return Ui.TeamAction_TextRequired;
        if (text.Length > TeamAction.MaxText) return string.Format(Ui.TeamAction_TooLong, TeamAction.MaxText);
        // The team's list is read by everyone in the team, often from a note about a client: it names nobody.
        if (IdentifyingData.Find(text) is [var found, ..]) return string.Format(Ui.TeamAction_Identifying, PrivacyGuard.Refusal(found));
        if (!Enum.IsDefined(change.Status)) return Ui.TeamAction_UnknownStatus;
        if (!await TeamAccess.IsInAsync(db, action.TeamId, personId, ct)) return Ui.TeamAction_NotFound;
        if (change.OwnerId is { } owner && !await TeamAccess.IsInAsync(db, action.TeamId, owner, ct)) return Ui.TeamAction_OwnerNotInTeam;
        var today = DutchTime.Today(clock);
        if (change.DueDate is { } due && (due < today.AddYears(-1) || due > today.AddYears(2))) return Ui.TeamAction_DateOutOfRange;

        action.Text = text;
        action.OwnerId = change.OwnerId;
        action.DueDate = change.DueDate;
        action.ClosedAt = change.Status == TeamActionStatus.Open ? null : action.ClosedAt ?? clock.GetUtcNow().UtcDateTime;
        action.Status = change.Status;
        return null;
    }
}

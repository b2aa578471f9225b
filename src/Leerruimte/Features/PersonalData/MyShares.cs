using Leerruimte.Data;
using Leerruimte.Features.Meter;
using Leerruimte.Features.Sessions;
using Leerruimte.Features.Sharing;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.PersonalData;

/// <summary>
/// What the person shared with whom: items shared with a named colleague, actions shared with the team's leader,
/// and, apart, the measurements that count anonymously in a team's averages. Revoking takes the share away at once.
/// </summary>
public sealed class MyShares(LeerruimteDb db, Shares shares)
{
    public enum With { Person, Team, Leader }

    /// <summary>One share; <see cref="Since"/> is empty for an action, which keeps no date of being shared.</summary>
    public sealed record Row(string Key, With Kind, string What, string Whom, DateTime? Since);

    public async Task<List<Row>> OfAsync(Guid me, CancellationToken ct = default)
    {
        var mine = await db.Shares.AsNoTracking().Where(s => s.OwnerId == me).OrderBy(s => s.CreatedAt)
            .Select(s => new { s.Id, s.Kind, s.ItemId, s.TeamId, s.CreatedAt, Recipient = s.Recipient != null ? s.Recipient.DisplayName : null }).ToListAsync(ct);
        var ids = mine.Select(s => s.ItemId).ToList();
        var measurements = await db.Measurements.Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => $"{m.Title} ({MeterTexts.Kind(m.Kind)})", ct);
        var reflections = await db.Reflections.Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Date, ct);
        var activities = await db.LearningActivities.Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Title, ct);
        var teamIds = mine.Where(s => s.TeamId is not null).Select(s => s.TeamId!.Value).ToList();
        var teams = await db.Teams.Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);

        string What(ShareKind kind, Guid item) => kind switch
        {
            ShareKind.Measurement => measurements.GetValueOrDefault(item) ?? Ui.Meter_Mine,
            ShareKind.Plan => Ui.Plan_Link,
            ShareKind.Reflection => string.Format(Ui.MyData_ReflectionOf, reflections.TryGetValue(item, out var d) ? d.ToString("d MMMM yyyy") : ""),
            ShareKind.Activity => activities.GetValueOrDefault(item) ?? Ui.Activity_Title,
            ShareKind.Declaration when Declarations.DeclarationPeriod.FromItemId(item) is { } period => $"{Ui.Declaration_Title} {period.Label}",
            _ => Ui.MyData_SharedItem,
        };

        var rows = mine.Select(s => s.TeamId is { } team
            ? new Row($"s:{s.Id}", With.Team, What(s.Kind, s.ItemId), teams.GetValueOrDefault(team) ?? "", s.CreatedAt)
            : new Row($"s:{s.Id}", With.Person, What(s.Kind, s.ItemId), s.Recipient ?? "", s.CreatedAt)).ToList();
        rows.AddRange(await ActionsWithLeaderAsync(me, ct));
        return rows;
    }

    private async Task<List<Row>> ActionsWithLeaderAsync(Guid me, CancellationToken ct) =>
        (await db.PersonalActions.AsNoTracking().Where(a => a.PersonId == me && a.SharedWithLeader && a.OriginKind == Origin.MeetingKind)
            .Join(db.Meetings, a => a.OriginId, m => m.Id, (a, m) => new { a.Id, m.Title, Team = db.Teams.Where(t => t.Id == m.TeamId).Select(t => t.Name).FirstOrDefault() })
            .ToListAsync(ct))
        .Select(a => new Row($"a:{a.Id}", With.Leader, string.Format(Ui.MyData_ActionAt, a.Title), string.Format(Ui.MyData_LeaderOf, a.Team), null)).ToList();

    /// <summary>Takes back one share by its key; a key of someone else's share, or of one already gone, changes nothing.</summary>
    public async Task RevokeAsync(Guid me, string key, CancellationToken ct = default)
    {
        if (key.Length < 3 || !Guid.TryParse(key[2..], out var id)) return;
        if (key.StartsWith("s:")) await shares.RevokeAsync(me, id, ct);
        else if (key.StartsWith("a:"))
            await db.PersonalActions.Where(a => a.Id == id && a.PersonId == me).ExecuteUpdateAsync(u => u.SetProperty(a => a.SharedWithLeader, false), ct);
    }
}

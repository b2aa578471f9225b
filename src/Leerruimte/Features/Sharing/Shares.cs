using Leerruimte.Data;
using Leerruimte.Features.Teams;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Sharing;

/// <summary>
/// Sharing and who may read what. Everything of the meter, plan and log is the owner's alone; a share
/// lets one named colleague read one item; a team share lets the item count in the team's averages.
/// Each call uses its own short-lived context: the sharing panel is a child component that Blazor
/// initialises while its page may still be querying the page's context.
/// </summary>
public sealed class Shares(IDbContextFactory<LeerruimteDb> contexts)
{
    public sealed record Option(Guid Id, string Name);

    /// <summary>Someone in one of the owner's teams with the roles they hold there (leader, facilitator, ...), or who trains the owner.</summary>
    public sealed record Colleague(Guid Id, string Name, IReadOnlyList<TeamRole> Roles, bool Trains = false);

    /// <summary>People the owner can share with: everyone in their teams, and the trainers of the cohorts they take part in, by name.</summary>
    public async Task<List<Colleague>> ColleaguesAsync(Guid ownerId, CancellationToken ct = default)
    {
        await using var db = contexts.CreateDbContext();
        var teams = db.TeamMemberships.Where(m => m.PersonId == ownerId).Select(m => m.TeamId);
        var rows = await db.TeamMemberships.Where(m => teams.Contains(m.TeamId) && m.PersonId != ownerId)
            .Select(m => new { m.PersonId, m.Person!.DisplayName, m.Role }).Distinct().ToListAsync(ct);
        var trainers = await db.Cohorts.Where(c => c.Participants.Any(p => p.PersonId == ownerId) && c.TrainerId != ownerId)
            .Select(c => new { c.TrainerId, c.Trainer!.DisplayName }).Distinct().ToListAsync(ct);
        var people = rows.Select(r => (r.PersonId, r.DisplayName)).Union(trainers.Select(t => (PersonId: t.TrainerId, t.DisplayName)));
        return people.Distinct()
            .Select(p => new Colleague(p.PersonId, p.DisplayName,
                [.. rows.Where(r => r.PersonId == p.PersonId).Select(r => r.Role).Distinct().OrderBy(RoleOrder)], trainers.Any(t => t.TrainerId == p.PersonId)))
            .OrderBy(c => c.Name).ToList();
    }

    /// <summary>The roles a reader looks for first: who leads, who guides, then colleagues.</summary>
    private static int RoleOrder(TeamRole role) => role switch
    {
        TeamRole.TeamLeader => 0, TeamRole.Facilitator => 1, _ => 2,
    };

    public async Task<List<Option>> TeamsOfAsync(Guid ownerId, CancellationToken ct = default)
    {
        await using var db = contexts.CreateDbContext();
        return (await db.TeamMemberships.Where(m => m.PersonId == ownerId).Select(m => new { m.TeamId, m.Team!.Name }).Distinct().ToListAsync(ct))
            .Select(t => new Option(t.TeamId, t.Name)).OrderBy(o => o.Name).ToList();
    }

    public async Task<List<Share>> OfItemAsync(Guid ownerId, ShareKind kind, Guid itemId, CancellationToken ct = default)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Shares.AsNoTracking().Include(s => s.Recipient).Where(s => s.OwnerId == ownerId && s.Kind == kind && s.ItemId == itemId).ToListAsync(ct);
    }

    public async Task<string?> ShareWithTeamAsync(Guid ownerId, ShareKind kind, Guid itemId, Guid teamId, CancellationToken ct = default)
    {
        await using var db = contexts.CreateDbContext();
        if (!await db.TeamMemberships.AnyAsync(m => m.PersonId == ownerId && m.TeamId == teamId, ct)) return Ui.Share_NotYourTeam;
        if (await db.Shares.AnyAsync(s => s.OwnerId == ownerId && s.Kind == kind && s.ItemId == itemId && s.TeamId == teamId, ct)) return null;
        db.Shares.Add(new Share { OwnerId = ownerId, Kind = kind, ItemId = itemId, TeamId = teamId });
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Takes a share back. Only the owner can; an unknown id is not an error (it may be revoked already).</summary>
    public async Task RevokeAsync(Guid ownerId, Guid shareId, CancellationToken ct = default)
    {
        await using var db = contexts.CreateDbContext();
        await db.Shares.Where(s => s.Id == shareId && s.OwnerId == ownerId).ExecuteDeleteAsync(ct);
    }

    /// <summary>A reflection or an activity is also readable by whom the owner gave the whole learning log.</summary>
    public async Task<bool> CanReadAsync(Guid readerId, Guid ownerId, ShareKind kind, Guid itemId, CancellationToken ct = default)
    {
        if (readerId == ownerId) return true;
        await using var db = contexts.CreateDbContext();
        var inLog = kind is ShareKind.Reflection or ShareKind.Activity;
        return await db.Shares.AnyAsync(s => s.OwnerId == ownerId && s.RecipientId == readerId
            && ((s.Kind == kind && s.ItemId == itemId) || (inLog && s.Kind == ShareKind.LearningLog)), ct);
    }

    /// <summary>An activity's evidence file: for the owner, whom the activity itself was shared with, or whom the whole log was shared with evidence.</summary>
    public async Task<bool> CanReadEvidenceAsync(Guid readerId, Guid ownerId, Guid activityId, CancellationToken ct = default)
    {
        if (readerId == ownerId) return true;
        await using var db = contexts.CreateDbContext();
        return await db.Shares.AnyAsync(s => s.OwnerId == ownerId && s.RecipientId == readerId
            && ((s.Kind == ShareKind.Activity && s.ItemId == activityId) || (s.Kind == ShareKind.LearningLog && s.WithEvidence)), ct);
    }

    /// <summary>Items shared with this person, newest first.</summary>
    public async Task<List<Share>> WithMeAsync(Guid readerId, CancellationToken ct = default)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Shares.AsNoTracking().Where(s => s.RecipientId == readerId).OrderByDescending(s => s.CreatedAt).ToListAsync(ct);
    }
}

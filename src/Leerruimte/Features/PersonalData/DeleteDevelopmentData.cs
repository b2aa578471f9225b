using Leerruimte.Data;
using Leerruimte.Features.LearningLog;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.PersonalData;

/// <summary>
/// "Delete all my development data": measurements, plan points, the learning log with its evidence files, what
/// the person shared, their consent to be matched and to show meter strengths on the knowledge map. Kept: the account (the admin removes it) and what belongs
/// to a team's meeting record (attendance, board notes, the action and its ratings; only its share with the
/// leader is taken back), and a topic the team named them specialist in, which is the team's map, not their development. One transaction; the files go after the commit, so a failure leaves no row without its file.
/// A team average already published stays as published: leaving it counts as leaving the group (PublishedAverages),
/// so the next average still cannot be traced to this one person.
/// </summary>
public sealed class DeleteDevelopmentData(LeerruimteDb db, EvidenceFiles evidence)
{
    public sealed record Deleted(int Measurements, int Points, int Reflections, int Activities, int Files, int Shares, int Consents, int KnowledgeConsents);

    public async Task<Deleted> RunAsync(Guid me, CancellationToken ct = default)
    {
        Deleted deleted;
        List<string> files;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            files = await db.LearningActivities.Where(a => a.PersonId == me && a.EvidenceKey != null).Select(a => a.EvidenceKey!).ToListAsync(ct);
            var shares = await db.Shares.Where(s => s.OwnerId == me).ExecuteDeleteAsync(ct)
                         + await db.PersonalActions.Where(a => a.PersonId == me && a.SharedWithLeader)
                             .ExecuteUpdateAsync(u => u.SetProperty(a => a.SharedWithLeader, false), ct);
            var consents = await db.MatchConsents.Where(c => c.PersonId == me).ExecuteDeleteAsync(ct);
            var knowledge = await db.KnowledgeConsents.Where(c => c.PersonId == me).ExecuteDeleteAsync(ct);
            var activities = await db.LearningActivities.Where(a => a.PersonId == me).ExecuteDeleteAsync(ct);
            var reflections = await db.Reflections.Where(r => r.PersonId == me).ExecuteDeleteAsync(ct);
            // Their scores and history go with them (cascade); an action linked to a point keeps the action, unlinked.
            var points = await db.DevelopmentPoints.Where(p => p.PersonId == me).ExecuteDeleteAsync(ct);
            var measurements = await db.Measurements.Where(m => m.PersonId == me).ExecuteDeleteAsync(ct);
            await transaction.CommitAsync(ct);
            deleted = new Deleted(measurements, points, reflections, activities, files.Count, shares, consents, knowledge);
        }
        foreach (var key in files) evidence.Delete(key);
        return deleted;
    }
}

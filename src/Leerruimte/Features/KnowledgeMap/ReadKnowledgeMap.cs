using Leerruimte.Data;
using Leerruimte.Features.Meter;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.KnowledgeMap;

/// <summary>What the knowledge map shows; the page has checked that the reader is in the team.</summary>
public sealed class ReadKnowledgeMap(LeerruimteDb db, Measurements measurements)
{
    public sealed record Named(Guid Id, Guid PersonId, string Name);

    public sealed record Topic(string Title, IReadOnlyList<Named> People);

    public sealed record Strengths(string Name, IReadOnlyList<string> Topics);

    /// <summary>The named specialists by topic (topics that differ only in capitals are one), each topic's people by name.</summary>
    public async Task<List<Topic>> TopicsAsync(Guid teamId, CancellationToken ct = default)
    {
        var rows = await db.Specialists.AsNoTracking().Where(s => s.TeamId == teamId)
            .Join(db.Users, s => s.PersonId, p => p.Id, (s, p) => new { s.Id, s.Topic, s.PersonId, p.DisplayName })
            .ToListAsync(ct);
        return [.. rows.GroupBy(r => r.Topic.ToLowerInvariant())
            .Select(g => new Topic(g.First().Topic, [.. g.OrderBy(r => r.DisplayName).Select(r => new Named(r.Id, r.PersonId, r.DisplayName))]))
            .OrderBy(t => t.Title, StringComparer.CurrentCultureIgnoreCase)];
    }

    /// <summary>
    /// The strengths of every member who consented for this team and is still in it, from their latest finished
    /// measurement; a member whose measurement shows none in the upper part of the scale is left out.
    /// </summary>
    public async Task<List<Strengths>> StrengthsAsync(Guid teamId, CancellationToken ct = default)
    {
        var consenting = db.KnowledgeConsents.Where(c => c.TeamId == teamId && db.TeamMemberships.Any(m => m.TeamId == teamId && m.PersonId == c.PersonId))
            .Select(c => c.PersonId);
        var latest = await db.Measurements.AsNoTracking().Include(m => m.Scores).Include(m => m.Person)
            .Where(m => consenting.Contains(m.PersonId) && m.CompletedAt != null
                        && !db.Measurements.Any(o => o.PersonId == m.PersonId && o.CompletedAt != null
                            && (o.CompletedAt > m.CompletedAt || (o.CompletedAt == m.CompletedAt && o.Id.CompareTo(m.Id) > 0))))
            .ToListAsync(ct);
        var result = new List<Strengths>();
        foreach (var m in latest)
        {
            if (await measurements.WithInstrumentAsync(m, ct) is not { } loaded) continue;
            var topics = MeterStrengths.Of(loaded.Instrument, loaded.Scores);
            if (topics.Count > 0) result.Add(new Strengths(m.Person!.DisplayName, topics));
        }
        return [.. result.OrderBy(s => s.Name, StringComparer.CurrentCultureIgnoreCase)];
    }
}

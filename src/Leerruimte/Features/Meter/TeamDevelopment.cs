using Leerruimte.Data;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Organisations;
using Leerruimte.Features.Sharing;
using Leerruimte.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Meter;

public sealed record ClusterAggregate(string Title, double Average);

/// <summary>
/// A team's averages on one instrument as published (<see cref="PublishedTeamAverage"/>): <see cref="Clusters"/> stays
/// empty below the minimum group size; <see cref="People"/> is the published group's size rounded down to a multiple
/// of the minimum ("3 of meer"), so its count does not move with each person either.
/// </summary>
public sealed record InstrumentAggregate(string Title, int People, int Minimum, IReadOnlyList<ClusterAggregate> Clusters, DateTime? PublishedAt = null)
{
    public bool Shown => Clusters.Count > 0;
}

public sealed record MatchedPerson(Guid Id, string Name);

/// <summary>"Ask X about Y": colleagues strong on a statement, and colleagues who find it a challenge.</summary>
public sealed record HelpMatch(string Statement, IReadOnlyList<MatchedPerson> Helpers, IReadOnlyList<MatchedPerson> Learners)
{
    /// <summary>What one person reads of it: only a match they are part of, as the one who may ask or the one who may be asked.</summary>
    public bool Asks(Guid personId) => Learners.Any(p => p.Id == personId);
    public bool Helps(Guid personId) => Helpers.Any(p => p.Id == personId);
}

/// <summary>
/// What a team sees of its members' development: cluster averages over the measurements members chose to
/// count in the team overview (only from the minimum group size up, never per person), and, among members
/// who consented, who can help whom.
/// </summary>
public sealed class TeamDevelopment(LeerruimteDb db, Measurements measurements, ContentCatalogue catalogue)
{
    internal sealed record StatementTotal(string InstrumentId, string StatementId, int Sum, int Count);

    /// <summary>
    /// Per instrument, each member's latest measurement counted in the team overview, as last published: a new average
    /// is published only when the group differs from the published one in at least k people (joined, left, or counting
    /// a newer measurement), and only from k people up (<see cref="MinimumGroup"/>).
    /// </summary>
    public async Task<List<InstrumentAggregate>> AggregatesAsync(Guid teamId, CancellationToken ct = default)
    {
        var k = await MinimumGroup.SizeAsync(db, ct);
        var counted = LatestCounted(teamId);
        var instruments = await counted.GroupBy(m => m.InstrumentId)
            .Select(g => new { Id = g.Key, People = g.Select(m => m.PersonId).Distinct().Count(), Version = g.Max(m => m.InstrumentVersion) })
            .ToListAsync(ct);
        var result = new List<InstrumentAggregate>();
        foreach (var i in instruments)
        {
            if (await catalogue.FindAsync<InstrumentPack>(i.Id, i.Version, ct) is not { } found) continue;
            if (i.People < k) { result.Add(new InstrumentAggregate(found.Pack.Title!, 0, k, [])); continue; }
            var members = counted.Where(m => m.InstrumentId == i.Id);
            var published = await db.PublishedTeamAverages.Where(p => p.TeamId == teamId && p.InstrumentId == i.Id)
                .OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id).FirstOrDefaultAsync(ct);
            if (published is null || await ChangesAsync(teamId, published, members, ct) >= k)
                published = await PublishAsync(teamId, found.Pack, members, i.People, k, ct);
            result.Add(new InstrumentAggregate(found.Pack.Title!, MinimumGroup.RoundedDown(published.People, k), k,
                published.Clusters.Select(c => new ClusterAggregate(c.Title, c.Average)).ToList(), published.CreatedAt));
        }
        return result.OrderBy(r => r.Title).ToList();
    }

    /// <summary>
    /// How many people the group now differs in from the published one, counted in the database: who left (published,
    /// and no longer counting), plus who counts a measurement that was not in it (joined, or measured again).
    /// </summary>
    private async Task<int> ChangesAsync(Guid teamId, PublishedTeamAverage published, IQueryable<Measurement> members, CancellationToken ct)
    {
        var marked = db.Shares.Where(s => s.TeamId == teamId && s.PublishedAverageId == published.Id);
        var stayed = await members.CountAsync(m => marked.Any(s => s.OwnerId == m.PersonId), ct);
        var notIn = await members.CountAsync(m => !marked.Any(s => s.ItemId == m.Id), ct);
        return published.People - stayed + notIn;
    }

    /// <summary>
    /// Sums the members' scores per statement in the database, each statement only from k people up: rows per
    /// statement, never per person; keeps the result as the team's published average and marks who counted in it.
    /// </summary>
    private async Task<PublishedTeamAverage> PublishAsync(Guid teamId, InstrumentPack instrument, IQueryable<Measurement> members, int people, int k, CancellationToken ct)
    {
        var totals = await members.SelectMany(m => m.Scores, (m, s) => new { m.PersonId, s.StatementId, s.Value })
            .GroupBy(x => x.StatementId)
            .HavingPeople(x => x.PersonId, k)
            .Select(g => new StatementTotal(instrument.Id!, g.Key, g.Sum(x => x.Value), g.Count()))
            .ToDictionaryAsync(t => t.StatementId, ct);
        var published = new PublishedTeamAverage
        {
            TeamId = teamId, InstrumentId = instrument.Id!, People = people,
            Clusters = Average(instrument, totals).Select(c => new PublishedCluster { Title = c.Title, Average = c.Average }).ToList(),
        };
        db.PublishedTeamAverages.Add(published);
        await db.SaveChangesAsync(ct);
        var ids = members.Select(m => m.Id);
        await db.Shares.Where(s => s.TeamId == teamId && s.Kind == ShareKind.Measurement && ids.Contains(s.ItemId))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.PublishedAverageId, published.Id), ct);
        return published;
    }

    /// <summary>A member's latest completed measurement of each instrument counted in this team (the later id when two finished at once).</summary>
    private IQueryable<Measurement> LatestCounted(Guid teamId)
    {
        var shared = db.Shares.Where(s => s.TeamId == teamId && s.Kind == ShareKind.Measurement).Select(s => s.ItemId);
        var counted = db.Measurements.Where(m => shared.Contains(m.Id) && m.CompletedAt != null);
        return counted.Where(m => !counted.Any(o => o.PersonId == m.PersonId && o.InstrumentId == m.InstrumentId
            && (o.CompletedAt > m.CompletedAt || (o.CompletedAt == m.CompletedAt && o.Id.CompareTo(m.Id) > 0))));
    }

    /// <summary>A cluster's average is that of every score given on its statements; a cluster with none is left out.</summary>
    internal static List<ClusterAggregate> Average(InstrumentPack instrument, Dictionary<string, StatementTotal> scores) =>
        instrument.Clusters
            .Select(c => (c.Title, Totals: c.Statements.Where(s => scores.ContainsKey(s.Id!)).Select(s => scores[s.Id!]).ToList()))
            .Where(c => c.Totals.Count > 0)
            .Select(c => new ClusterAggregate(c.Title!, DutchNumbers.Average(c.Totals.Sum(t => (long)t.Sum), c.Totals.Sum(t => (long)t.Count))!.Value))
            .ToList();

    public async Task<List<HelpMatch>> MatchesAsync(Guid teamId, CancellationToken ct = default)
    {
        var consenting = db.MatchConsents.Where(c => c.TeamId == teamId).Select(c => c.PersonId);
        var latest = LatestPerPerson(await db.Measurements.AsNoTracking().Include(m => m.Scores).Include(m => m.Person)
            .Where(m => consenting.Contains(m.PersonId) && m.CompletedAt != null).ToListAsync(ct));
        var strong = new Dictionary<string, List<MatchedPerson>>();
        var weak = new Dictionary<string, List<MatchedPerson>>();
        var texts = new Dictionary<string, string>();
        foreach (var m in latest)
        {
            var instrument = (await measurements.WithInstrumentAsync(m, ct))?.Instrument;
            if (instrument is null) continue;
            var scored = MeasurementResults.Scored(instrument, m.Scores.ToDictionary(s => s.StatementId, s => s.Value));
            foreach (var s in scored) texts[Key(m, s)] = s.Text;
            var person = new MatchedPerson(m.PersonId, m.Person!.DisplayName);
            foreach (var s in Ranking.Strongest(scored).Statements.Where(s => s.Value >= instrument.Max - 1)) Add(strong, Key(m, s), person);
            foreach (var s in Ranking.Weakest(scored).Statements.Where(s => s.Value <= instrument.Min + 1)) Add(weak, Key(m, s), person);
        }
        return strong.Keys.Intersect(weak.Keys)
            .Select(k => new HelpMatch(texts[k], [.. strong[k].OrderBy(p => p.Name)], [.. weak[k].Except(strong[k]).OrderBy(p => p.Name)]))
            .Where(m => m.Learners.Count > 0).OrderBy(m => m.Statement).ToList();
    }

    private static string Key(Measurement m, ScoredStatement s) => $"{m.InstrumentId}/{s.Id}";

    private static void Add(Dictionary<string, List<MatchedPerson>> map, string key, MatchedPerson person)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        if (!list.Contains(person)) list.Add(person);
    }

    private static List<Measurement> LatestPerPerson(IEnumerable<Measurement> measurements) =>
        measurements.GroupBy(m => (m.PersonId, m.InstrumentId)).Select(g => g.OrderByDescending(m => m.CompletedAt).First()).ToList();
}

using Leerruimte.Data;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Sharing;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Meter;

public sealed record ClusterAggregate(string Title, double Average);

/// <summary>A team's averages on one instrument; <see cref="Clusters"/> stays empty below the minimum group size.</summary>
public sealed record InstrumentAggregate(string Title, int People, int Minimum, IReadOnlyList<ClusterAggregate> Clusters)
{
    public bool Shown => Clusters.Count > 0;
}

/// <summary>"Ask X about Y": someone strong on a statement, and colleagues who find it a challenge.</summary>
public sealed record HelpMatch(string Statement, IReadOnlyList<string> Helpers, IReadOnlyList<string> Learners);

/// <summary>
/// What a team sees of its members' development: cluster averages over the measurements members chose to
/// count in the team overview (only from the minimum group size up, never per person), and, among members
/// who consented, who can help whom.
/// </summary>
public sealed class TeamDevelopment(LeerruimteDb db, Measurements measurements)
{
    public async Task<List<InstrumentAggregate>> AggregatesAsync(Guid teamId, CancellationToken ct = default)
    {
        var minimum = await db.Organisations.Select(o => o.MinimumGroupSize).SingleAsync(ct);
        var shared = db.Shares.Where(s => s.TeamId == teamId && s.Kind == ShareKind.Measurement).Select(s => s.ItemId);
        var latest = LatestPerPerson(await db.Measurements.AsNoTracking().Include(m => m.Scores)
            .Where(m => shared.Contains(m.Id) && m.CompletedAt != null).ToListAsync(ct));

        var result = new List<InstrumentAggregate>();
        foreach (var group in latest.GroupBy(m => m.InstrumentId))
        {
            var people = group.Count();
            var instrument = (await measurements.WithInstrumentAsync(group.OrderByDescending(m => m.InstrumentVersion).First(), ct))!.Instrument;
            result.Add(new InstrumentAggregate(instrument.Title!, people, minimum, people < minimum ? [] : Average(instrument, group)));
        }
        return result.OrderBy(r => r.Title).ToList();
    }

    public async Task<List<HelpMatch>> MatchesAsync(Guid teamId, CancellationToken ct = default)
    {
        var consenting = db.MatchConsents.Where(c => c.TeamId == teamId).Select(c => c.PersonId);
        var latest = LatestPerPerson(await db.Measurements.AsNoTracking().Include(m => m.Scores).Include(m => m.Person)
            .Where(m => consenting.Contains(m.PersonId) && m.CompletedAt != null).ToListAsync(ct));
        var strong = new Dictionary<string, List<string>>();
        var weak = new Dictionary<string, List<string>>();
        var texts = new Dictionary<string, string>();
        foreach (var m in latest)
        {
            var instrument = (await measurements.WithInstrumentAsync(m, ct))?.Instrument;
            if (instrument is null) continue;
            var scored = MeasurementResults.Scored(instrument, m.Scores.ToDictionary(s => s.StatementId, s => s.Value));
            foreach (var s in scored) texts[Key(m, s)] = s.Text;
            foreach (var s in Ranking.Strongest(scored).Statements.Where(s => s.Value >= instrument.Max - 1)) Add(strong, Key(m, s), m.Person!.DisplayName);
            foreach (var s in Ranking.Weakest(scored).Statements.Where(s => s.Value <= instrument.Min + 1)) Add(weak, Key(m, s), m.Person!.DisplayName);
        }
        return strong.Keys.Intersect(weak.Keys)
            .Select(k => new HelpMatch(texts[k], strong[k].Order().ToList(), weak[k].Except(strong[k]).Order().ToList()))
            .Where(m => m.Learners.Count > 0).OrderBy(m => m.Statement).ToList();
    }

    private static string Key(Measurement m, ScoredStatement s) => $"{m.InstrumentId}/{s.Id}";

    private static void Add(Dictionary<string, List<string>> map, string key, string name)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        if (!list.Contains(name)) list.Add(name);
    }

    private static List<Measurement> LatestPerPerson(IEnumerable<Measurement> measurements) =>
        measurements.GroupBy(m => (m.PersonId, m.InstrumentId)).Select(g => g.OrderByDescending(m => m.CompletedAt).First()).ToList();

    private static List<ClusterAggregate> Average(InstrumentPack instrument, IEnumerable<Measurement> group)
    {
        var perPerson = group.Select(m => MeasurementResults.Clusters(instrument, m.Scores.ToDictionary(s => s.StatementId, s => s.Value))).ToList();
        return instrument.Clusters.Select(c => new ClusterAggregate(c.Title!, Math.Round(
            perPerson.SelectMany(p => p.Where(x => x.Id == c.Id && x.Average is not null)).Select(x => x.Average!.Value).DefaultIfEmpty().Average(), 1))).ToList();
    }
}

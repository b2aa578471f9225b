using Leerruimte.Infrastructure;

namespace Leerruimte.Features.Meter;

public sealed record ClusterResult(string Id, string Title, double? Average, int Scored, int Total);

public sealed record StatementChange(string Id, string Text, string Cluster, int? Before, int? After)
{
    public int? Difference => Before is { } b && After is { } a ? a - b : null;
}

public sealed record ClusterChange(string Title, double? Before, double? After)
{
    public double? Difference => Before is { } b && After is { } a ? DutchNumbers.Round(a - b) : null;
}

/// <summary>What a measurement says: averages per cluster, the strongest and weakest statements, and the change since an earlier one.</summary>
public static class MeasurementResults
{
    public static List<ScoredStatement> Scored(InstrumentPack instrument, IReadOnlyDictionary<string, int> scores) =>
        instrument.Clusters.SelectMany(c => c.Statements
                .Where(s => scores.ContainsKey(s.Id!))
                .Select(s => new ScoredStatement(s.Id!, s.Text!, c.Title!, scores[s.Id!])))
            .ToList();

    public static List<ClusterResult> Clusters(InstrumentPack instrument, IReadOnlyDictionary<string, int> scores) =>
        instrument.Clusters.Select(c =>
        {
            var values = c.Statements.Where(s => scores.ContainsKey(s.Id!)).Select(s => scores[s.Id!]).ToList();
            return new ClusterResult(c.Id!, c.Title!, DutchNumbers.Average(values.Sum(), values.Count), values.Count, c.Statements.Count);
        }).ToList();

    /// <summary>Compared by statement id, so a later version of the instrument still lines up with the earlier one.</summary>
    public static List<StatementChange> Changes(InstrumentPack instrument, IReadOnlyDictionary<string, int> before, IReadOnlyDictionary<string, int> after) =>
        instrument.Clusters.SelectMany(c => c.Statements.Select(s => new StatementChange(
            s.Id!, s.Text!, c.Title!, before.TryGetValue(s.Id!, out var b) ? b : null, after.TryGetValue(s.Id!, out var a) ? a : null))).ToList();

    public static List<ClusterChange> ClusterChanges(InstrumentPack instrument, IReadOnlyDictionary<string, int> before, IReadOnlyDictionary<string, int> after)
    {
        var b = Clusters(instrument, before).ToDictionary(c => c.Id);
        return Clusters(instrument, after).Select(c => new ClusterChange(c.Title, b[c.Id].Average, c.Average)).ToList();
    }
}

using Leerruimte.Features.Meter;

namespace Leerruimte.Features.KnowledgeMap;

/// <summary>
/// What the knowledge map takes from a consenting member's competence meter (docs/team-routines.md): of their latest
/// finished measurement, the clusters whose average is in the upper part of the scale (at most one point below its
/// top: 4 or more on a scale of 1 to 5), the highest first, at most <see cref="Count"/>. Only the cluster names leave
/// the meter, never a score.
/// </summary>
public static class MeterStrengths
{
    public const int Count = 3;

    public static IReadOnlyList<string> Of(InstrumentPack instrument, IReadOnlyDictionary<string, int> scores) =>
        [.. MeasurementResults.Clusters(instrument, scores)
            .Where(c => c.Average is { } a && a >= instrument.Max - 1)
            .OrderByDescending(c => c.Average).ThenBy(c => c.Title)
            .Take(Count).Select(c => c.Title)];
}

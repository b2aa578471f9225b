using Leerruimte.Data;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Meter;
using Leerruimte.Features.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Cohorts;

/// <summary>One side of a cohort's before and after: null until its group is closed, empty below the minimum group size.</summary>
public sealed record CohortMeasure(MeasurementKind Kind, DateTime ClosesAt, bool Closed, int People, IReadOnlyList<ClusterAggregate> Clusters)
{
    public bool Shown => Closed && Clusters.Count > 0;
}

public sealed record CohortChange(string Instrument, int Minimum, CohortMeasure Before, CohortMeasure After);

/// <summary>
/// The cohort's competence meter before and after, as the trainer sees it: cluster averages over the measurements
/// participants filled in for the cohort, each per statement only from the minimum group size up, in SQL
/// (<see cref="MinimumGroup"/>). A side is shown only once its group is closed — the before at the end of module 1, the
/// after a day after the last module — so a figure never moves with one person finishing and nobody can be read off
/// from the difference.
/// </summary>
public sealed class CohortMeter(LeerruimteDb db, ContentCatalogue catalogue, TimeProvider clock)
{
    public static readonly TimeSpan AfterGrace = TimeSpan.FromDays(1);

    public async Task<CohortChange?> ChangeAsync(Cohort cohort, string instrumentId, CancellationToken ct = default)
    {
        if (await catalogue.FindAsync<InstrumentPack>(instrumentId, ct: ct) is not { } instrument || cohort.Sessions.Count == 0) return null;
        var k = await MinimumGroup.SizeAsync(db, ct);
        var first = cohort.Sessions.MinBy(s => s.Module)!;
        var last = cohort.Sessions.MaxBy(s => s.Module)!;
        var before = await MeasureAsync(cohort.Id, instrument.Pack, MeasurementKind.Pre, first.EndsAt, k, ct);
        var after = await MeasureAsync(cohort.Id, instrument.Pack, MeasurementKind.Post, last.EndsAt + AfterGrace, k, ct);
        return new CohortChange(instrument.Pack.Title!, k, before, after);
    }

    private async Task<CohortMeasure> MeasureAsync(Guid cohortId, InstrumentPack instrument, MeasurementKind kind, DateTime closesAt, int k, CancellationToken ct)
    {
        if (clock.GetUtcNow().UtcDateTime < closesAt) return new(kind, closesAt, false, 0, []);
        var latest = Latest(cohortId, instrument.Id!, kind, closesAt);
        var people = await latest.Select(m => m.PersonId).Distinct().CountAsync(ct);
        if (people < k) return new(kind, closesAt, true, 0, []);
        var totals = await latest.SelectMany(m => m.Scores, (m, s) => new { m.PersonId, s.StatementId, s.Value })
            .GroupBy(x => x.StatementId)
            .HavingPeople(x => x.PersonId, k)
            .Select(g => new TeamDevelopment.StatementTotal(instrument.Id!, g.Key, g.Sum(x => x.Value), g.Count()))
            .ToDictionaryAsync(t => t.StatementId, ct);
        return new(kind, closesAt, true, MinimumGroup.RoundedDown(people, k), TeamDevelopment.Average(instrument, totals));
    }

    /// <summary>Each participant's last measurement of this kind completed for the cohort before the group closed.</summary>
    private IQueryable<Measurement> Latest(Guid cohortId, string instrumentId, MeasurementKind kind, DateTime closesAt)
    {
        var counted = db.Measurements.Where(m => m.CohortId == cohortId && m.InstrumentId == instrumentId && m.Kind == kind
            && m.CompletedAt != null && m.CompletedAt < closesAt);
        return counted.Where(m => !counted.Any(o => o.PersonId == m.PersonId
            && (o.CompletedAt > m.CompletedAt || (o.CompletedAt == m.CompletedAt && o.Id.CompareTo(m.Id) > 0))));
    }
}

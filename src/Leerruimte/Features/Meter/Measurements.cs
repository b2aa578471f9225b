using Leerruimte.Data;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Meter;

/// <summary>Starting, filling in (saved as you go) and finishing a measurement. Only the owner writes to it.</summary>
public sealed class Measurements(LeerruimteDb db, ContentCatalogue catalogue, TimeProvider clock)
{
    public sealed record Loaded(Measurement Measurement, InstrumentPack Instrument)
    {
        public Dictionary<string, int> Scores => Measurement.Scores.ToDictionary(s => s.StatementId, s => s.Value);
    }

    public async Task<Measurement?> StartAsync(Guid personId, string instrumentId, MeasurementKind kind, CancellationToken ct = default) =>
        await StartAsync(personId, instrumentId, kind, cohortId: null, ct);

    /// <summary>A measurement for a training cohort: it counts, unnamed, in the cohort's before and after.</summary>
    public async Task<Measurement?> StartAsync(Guid personId, string instrumentId, MeasurementKind kind, Guid? cohortId, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(kind) || !PackSlug.IsValid(instrumentId)) return null;
        if (await catalogue.FindAsync<InstrumentPack>(instrumentId, ct: ct) is not { } found) return null;
        var measurement = new Measurement
        {
            PersonId = personId, InstrumentVersionId = found.Summary.VersionId, InstrumentId = found.Summary.PackId,
            InstrumentVersion = found.Summary.Version, Title = found.Pack.Title!, Kind = kind, CohortId = cohortId,
        };
        db.Measurements.Add(measurement);
        await db.SaveChangesAsync(ct);
        return measurement;
    }

    /// <summary>The owner's measurement with its instrument version, or null (also for someone else's).</summary>
    public async Task<Loaded?> OwnAsync(Guid measurementId, Guid personId, CancellationToken ct = default)
    {
        var measurement = await db.Measurements.Include(m => m.Scores).FirstOrDefaultAsync(m => m.Id == measurementId && m.PersonId == personId, ct);
        return measurement is null ? null : await WithInstrumentAsync(measurement, ct);
    }

    public async Task<Loaded?> WithInstrumentAsync(Measurement measurement, CancellationToken ct = default) =>
        await catalogue.ByVersionIdAsync<InstrumentPack>(measurement.InstrumentVersionId, ct) is { } instrument ? new Loaded(measurement, instrument) : null;

    /// <summary>
    /// Stores the given scores (unknown statements and values off the scale are refused whole, nothing
    /// half-saved); with <paramref name="finish"/> the measurement is completed when every statement has a score.
    /// </summary>
    public async Task<string?> SaveAsync(Loaded loaded, IReadOnlyDictionary<string, int> scores, bool finish, CancellationToken ct = default)
    {
        var (measurement, instrument) = loaded;
        if (measurement.CompletedAt is not null) return Ui.Meter_AlreadyCompleted;
        var known = instrument.Statements.Select(s => s.Id!).ToHashSet();
        if (scores.Keys.Any(k => !known.Contains(k))) return Ui.Meter_UnknownStatement;
        if (scores.Values.Any(v => v < instrument.Min || v > instrument.Max)) return string.Format(Ui.Meter_OutOfScale, instrument.Min, instrument.Max);

        foreach (var (statement, value) in scores)
        {
            var existing = measurement.Scores.FirstOrDefault(s => s.StatementId == statement);
            if (existing is null) measurement.Scores.Add(new MeasurementScore { MeasurementId = measurement.Id, StatementId = statement, Value = value });
            else existing.Value = value;
        }
        if (finish)
        {
            var missing = known.Count(k => measurement.Scores.All(s => s.StatementId != k));
            if (missing > 0)
            {
                await db.SaveChangesAsync(ct);
                return missing == 1 ? Ui.Meter_MissingOne : string.Format(Ui.Meter_Missing, missing);
            }
            measurement.CompletedAt = clock.GetUtcNow().UtcDateTime;
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Ui.Meter_AlreadyCompleted;
        }
        return null;
    }

    /// <summary>The owner's previous completed measurement of the same instrument: the one a share compares with.</summary>
    public Task<Measurement?> PreviousAsync(Measurement measurement, CancellationToken ct = default) =>
        Earlier(measurement).FirstOrDefaultAsync(ct);

    /// <summary>The owner's completed measurements of the same instrument finished before this one, newest first: what the owner may compare with.</summary>
    public Task<List<Measurement>> EarlierAsync(Measurement measurement, CancellationToken ct = default) =>
        Earlier(measurement).ToListAsync(ct);

    private IQueryable<Measurement> Earlier(Measurement measurement) =>
        db.Measurements.AsNoTracking().Include(m => m.Scores)
            .Where(m => m.PersonId == measurement.PersonId && m.InstrumentId == measurement.InstrumentId && m.Id != measurement.Id
                        && m.CompletedAt != null && m.CompletedAt < (measurement.CompletedAt ?? DateTime.MaxValue))
            .OrderByDescending(m => m.CompletedAt);

    public async Task<bool> DeleteAsync(Guid measurementId, Guid personId, CancellationToken ct = default)
    {
        var measurement = await db.Measurements.FirstOrDefaultAsync(m => m.Id == measurementId && m.PersonId == personId, ct);
        if (measurement is null) return false;
        db.Measurements.Remove(measurement);
        await db.Shares.Where(s => s.OwnerId == personId && s.Kind == Sharing.ShareKind.Measurement && s.ItemId == measurementId).ExecuteDeleteAsync(ct);
        await db.SaveChangesAsync(ct);
        return true;
    }
}

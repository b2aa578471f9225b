using Leerruimte.Data;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Meter;
using Leerruimte.Features.Sharing;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Demo;

/// <summary>
/// The demo team's competence meter: the first member measured three times (four months, two months and a week ago),
/// so the change and the trend show; three members count their latest measurement in the team, so the team
/// overview shows averages. All relative to the clock, so true on any day.
/// </summary>
public static class DemoDevelopment
{
    public const string Instrument = "meter-ondernemend-professionele-ruimte";

    public static async Task SeedAsync(IServiceProvider sp, Guid teamId, IReadOnlyList<Guid> members)
    {
        var db = sp.GetRequiredService<LeerruimteDb>();
        var now = sp.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var found = await sp.GetRequiredService<ContentCatalogue>().FindAsync<InstrumentPack>(Instrument)
            ?? throw new InvalidOperationException($"Demo instrument {Instrument} missing.");
        var statements = found.Pack.Statements.Select(s => s.Id!).ToList();
        var (low, high) = (found.Pack.Min, found.Pack.Max);

        // A rising line: each statement a little higher each time, never above the scale.
        (int DaysAgo, MeasurementKind Kind)[] rounds = [(120, MeasurementKind.Pre), (60, MeasurementKind.Post), (7, MeasurementKind.Post)];
        Measurement? latest = null;
        foreach (var (round, i) in rounds.Select((r, i) => (r, i)))
            latest = Add(db, found, members[0], now.AddDays(-round.DaysAgo), round.Kind, s => Math.Min(high, low + 1 + (s + i) % 3 + i));
        var counted = new List<Measurement> { latest! };
        counted.AddRange(members.Skip(1).Take(2).Select((person, p) =>
            Add(db, found, person, now.AddDays(-14 - 7 * p), MeasurementKind.Free, s => Math.Min(high, low + 1 + (s * (p + 2)) % (high - low)))));
        await db.SaveChangesAsync();
        foreach (var m in counted) db.Shares.Add(new Share { OwnerId = m.PersonId, Kind = ShareKind.Measurement, ItemId = m.Id, TeamId = teamId });
        await db.SaveChangesAsync();

        Measurement Add(LeerruimteDb db, (PackSummary Summary, InstrumentPack Pack) instrument, Guid person, DateTime at, MeasurementKind kind, Func<int, int> score)
        {
            var measurement = new Measurement
            {
                PersonId = person, InstrumentVersionId = instrument.Summary.VersionId, InstrumentId = Instrument, InstrumentVersion = instrument.Summary.Version,
                Title = instrument.Pack.Title!, Kind = kind, CreatedAt = at.AddMinutes(-20), CompletedAt = at,
                Scores = statements.Select((id, s) => new MeasurementScore { StatementId = id, Value = score(s) }).ToList(),
            };
            db.Measurements.Add(measurement);
            return measurement;
        }
    }
}

using Leerruimte.Features.LearningLog;
using Leerruimte.Features.Meter;

namespace Leerruimte.Bench.Generator;

/// <summary>
/// What each person keeps for themselves: learning-log entries at their own pace (a few a year to a few a month;
/// heavy users ten times as many), in the 70-20-10 mix, and for three in ten people competence-meter measurements.
/// </summary>
public sealed class PersonalLog(IRowSink sink, Random random, Ids ids, Catalogue catalogue, DateTime now)
{
    private static readonly (LearningCategory Category, ActivityKind Kind, string Title)[] Entries =
    [
        (LearningCategory.Practice, ActivityKind.Practice, "Nieuwe aanpak geprobeerd bij een keukentafelgesprek"),
        (LearningCategory.Practice, ActivityKind.Practice, "Zelf een buurtbijeenkomst voorbereid"),
        (LearningCategory.Practice, ActivityKind.Other, "Een gesprek anders aangepakt dan gewoonlijk"),
        (LearningCategory.Social, ActivityKind.Intervision, "Intervisie met het team"),
        (LearningCategory.Social, ActivityKind.CollegialConsultation, "Collega geraadpleegd over een casus"),
        (LearningCategory.Social, ActivityKind.WorkCoaching, "Werkgerichte coaching"),
        (LearningCategory.Formal, ActivityKind.Training, "Training gevolgd"),
        (LearningCategory.Formal, ActivityKind.Reading, "Artikel gelezen over eigen kracht"),
    ];

    public async Task<int> WriteAsync(Guid org, Guid person, bool heavy, DateTime since)
    {
        var perMonth = heavy ? 8 + 4 * random.NextDouble() : 0.1 + 1.4 * random.NextDouble() * random.NextDouble();
        var count = (int)Math.Round(perMonth * 60);
        for (var i = 0; i < count; i++) await EntryAsync(org, person, since);
        if (random.NextDouble() < 0.3) count += await MeasurementsAsync(org, person, since);
        return count;
    }

    private async Task EntryAsync(Guid org, Guid person, DateTime since)
    {
        var draw = random.Next(10);
        var pick = draw < 7 ? random.Next(3) : draw < 9 ? 3 + random.Next(3) : 6 + random.Next(2);
        var (category, kind, title) = Entries[pick];
        var at = since.AddMinutes(random.NextDouble() * (now - since).TotalMinutes);
        var date = Sessions.DateOf(at);
        await sink.AddAsync(new LearningActivity
        {
            Id = ids.At(at), OrganisationId = org, PersonId = person, Date = date, Title = title, Category = category, Kind = kind,
            Minutes = 15 * random.Next(2, 17), StartTime = LearningActivity.ReflectionKinds.Contains(kind) ? new TimeOnly(9 + random.Next(8), 0) : null,
            CreatedAt = at.AddDays(random.Next(0, 4)) is var created && created < now ? created : now,
        });
    }

    private async Task<int> MeasurementsAsync(Guid org, Guid person, DateTime since)
    {
        var instrument = catalogue.Instruments[random.Next(catalogue.Instruments.Count)];
        var (low, high) = (instrument.Pack.Min, instrument.Pack.Max);
        var rounds = random.Next(1, 5);
        var at = since.AddDays(random.Next(0, 1500));
        var rows = 0;
        for (var r = 0; r < rounds && at < now; r++, at = at.AddDays(random.Next(60, 240)))
        {
            var measurement = new Measurement
            {
                Id = ids.At(at), OrganisationId = org, PersonId = person, InstrumentVersionId = instrument.Summary.VersionId, InstrumentId = instrument.Summary.PackId,
                InstrumentVersion = instrument.Summary.Version, Title = instrument.Pack.Title!, Kind = r == 0 ? MeasurementKind.Pre : MeasurementKind.Post,
                CreatedAt = at.AddMinutes(-20), CompletedAt = at,
            };
            await sink.AddAsync(measurement);
            foreach (var statement in instrument.Statements)
                await sink.AddAsync(new MeasurementScore { Id = ids.At(at), OrganisationId = org, MeasurementId = measurement.Id, StatementId = statement, Value = Math.Clamp(low + random.Next(0, high - low) + r, low, high) });
            rows += 1 + instrument.Statements.Count;
        }
        return rows;
    }
}

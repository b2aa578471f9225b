using Leerruimte.Data;
using Leerruimte.Features.Cohorts;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Meter;
using Leerruimte.Features.Sessions;
using Leerruimte.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Demo;

/// <summary>
/// Het Gesprek for six people from both teams, trained by the organisation's trainer: module 1 was held a week ago
/// (five of six there), module 2 is the day after tomorrow, then weekly. Five (not aylin) filled in the meter before module 1, so
/// the trainer sees the group's before average; module 1's stages of the cases are released and Johan's client and carer
/// parts given; the organisation's answers to the route questions are there for module 1. True at any hour, as every
/// date is counted from today.
/// </summary>
public static class DemoCohort
{
    public const string Trainer = "trainer@lindenhaven.example";
    public const string Title = "Het Gesprek – groep Lindenhaven";
    public const string Instrument = "competentiemeter-het-gesprek";

    public static readonly string[] Participants =
        ["aylin@lindenhaven.example", "joost@lindenhaven.example", "priya@lindenhaven.example", "kees@lindenhaven.example", "bram@lindenhaven.example", "sanne@lindenhaven.example", "youssef@lindenhaven.example"];

    /// <summary>Days from today of each module's session, at 09:00.</summary>
    public static readonly int[] Days = [-7, 2, 9, 16];

    public static async Task SeedAsync(IServiceProvider sp)
    {
        var db = sp.GetRequiredService<LeerruimteDb>();
        var trainer = await db.Users.Where(p => p.Email == Trainer).Select(p => p.Id).SingleAsync();
        var ids = await db.Users.Where(p => Participants.Contains(p.Email)).ToDictionaryAsync(p => p.Email!, p => p.Id);
        var people = Participants.Select(e => ids[e]).ToList();
        var today = DutchTime.Today(sp.GetRequiredService<TimeProvider>());
        var input = new PlanCohort.Input
        {
            Title = Title, ProgrammeId = "het-gesprek", TrainerId = trainer,
            Sessions = [.. Days.Select((d, i) => new PlanCohort.SessionInput { Module = i + 1, Date = today.AddDays(d), Time = new TimeOnly(9, 0), Place = "Wijkcentrum De Linde, zaal 2" })],
        };
        var result = await sp.GetRequiredService<PlanCohort>().HandleAsync(new PlanCohort.Planner(trainer, IsTrainer: true, IsTeamLeader: false), input, people);
        if (result.Cohort is not { } cohort) throw new InvalidOperationException($"Demo cohort refused: {result.Error}");
        var first = cohort.Sessions.Single(s => s.Module == 1);
        var (aylin, joost, sanne) = (people[0], people[1], people[5]);
        await HoldAsync(db, first, absent: sanne);
        // Aylin is the demo's member who tries the meter herself: her first measurement there has nothing before it.
        await MeasureBeforeAsync(sp, cohort, [.. people.Where(p => p != aylin)], first.StartsAt.AddDays(-2));
        await CasesAsync(sp, cohort, trainer, client: aylin, carer: joost);
        await RouteAsync(sp, trainer);
    }

    /// <summary>How the conversation goes at Lindenhaven, as the trainer wrote it down with the organisation before module 1.</summary>
    private static async Task RouteAsync(IServiceProvider sp, Guid trainer)
    {
        string[] answers =
        [
            "Samen met de burger uitzoeken wat er speelt en wat hij of zij zelf en met de omgeving kan, voordat we aan een voorziening denken.",
            "Via het Wmo-loket, de website of de huisarts. De teamcoördinator verdeelt de meldingen in het weekoverleg.",
            "De consulent die de melding krijgt, belt binnen vijf werkdagen om kennis te maken en een afspraak te maken.",
            "Een brief met wie er komt, waar het gesprek over gaat en dat iemand uit het netwerk mag aansluiten; de folder over de cliëntondersteuner zit erbij.",
            "Met naam en functie, wat het gesprek wel en niet is, en dat ik aan het eind samenvat wat we hebben afgesproken.",
            "Meestal één gesprek thuis en zo nodig een tweede; een derde in overleg met de teamcoördinator.",
            "Zes weken na de melding ligt het verslag er; twee weken daarna het besluit.",
            "Het verslag met de afspraken gaat naar de burger, die het mag aanvullen. Medische gegevens alleen met toestemming.",
            "De consulent belt de burger over het besluit; de brief volgt dezelfde week.",
            "Na drie maanden belt de consulent na: werkt wat we afspraken? Eén keer per jaar bespreekt het team een steekproef.",
        ];
        var result = await sp.GetRequiredService<ConversationRoute.RouteAnswers>()
            .SaveAsync(trainer, answers.Select((a, i) => (Number: i + 1, Text: a)).ToDictionary(a => a.Number, a => (string?)a.Text));
        if (result is not null) throw new InvalidOperationException($"Demo route refused: {result}");
    }

    /// <summary>Module 1's stages released; aylin plays Johan's client and joost his carer, for module 2's role play.</summary>
    private static async Task CasesAsync(IServiceProvider sp, Cohort cohort, Guid trainer, Guid client, Guid carer)
    {
        var cases = sp.GetRequiredService<RunningCases.CohortCases>();
        var loaded = await cases.LoadAsync(cohort.Id, trainer) ?? throw new InvalidOperationException("Demo cohort missing.");
        foreach (var view in loaded.Cases)
            foreach (var stage in view.Case.Stages.Where(s => s.Module == 1))
                await Check(cases.ReleaseAsync(cohort.Id, trainer, view.Case.Id, stage.Id));
        await Check(cases.AssignAsync(cohort.Id, trainer, loaded.Cases[0].Case.Id, client, carer));

        static async Task Check(Task<string?> step)
        {
            if (await step is { } error) throw new InvalidOperationException($"Demo cases refused: {error}");
        }
    }

    private static async Task HoldAsync(LeerruimteDb db, CohortSession held, Guid absent)
    {
        var session = await db.LiveSessions.Include(s => s.Participants).SingleAsync(s => s.Id == held.SessionId);
        (session.Status, session.StartedAt, session.ClosedAt) = (SessionStatus.Closed, held.StartsAt, held.EndsAt);
        foreach (var p in session.Participants) (p.Present, p.JoinedAt) = (p.PersonId != absent, p.PersonId != absent ? held.StartsAt.AddMinutes(-5) : null);
        await db.SaveChangesAsync();
    }

    private static async Task MeasureBeforeAsync(IServiceProvider sp, Cohort cohort, List<Guid> people, DateTime at)
    {
        var db = sp.GetRequiredService<LeerruimteDb>();
        var (summary, instrument) = await sp.GetRequiredService<ContentCatalogue>().FindAsync<InstrumentPack>(Instrument)
            ?? throw new InvalidOperationException("Demo instrument missing.");
        var statements = instrument.Statements.Select(s => s.Id!).ToList();
        foreach (var (person, p) in people.Select((person, p) => (person, p)))
            db.Measurements.Add(new Measurement
            {
                PersonId = person, InstrumentVersionId = summary.VersionId, InstrumentId = summary.PackId, InstrumentVersion = summary.Version,
                Title = instrument.Title!, Kind = MeasurementKind.Pre, CohortId = cohort.Id, CreatedAt = at.AddMinutes(-25), CompletedAt = at,
                Scores = [.. statements.Select((id, s) => new MeasurementScore { StatementId = id, Value = Math.Clamp(instrument.Min + (s + p) % 3, instrument.Min, instrument.Max) })],
            });
        await db.SaveChangesAsync();
    }
}

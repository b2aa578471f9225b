using Leerruimte.Data;
using Leerruimte.Features.Cases;
using Leerruimte.Features.Meetings;
using Leerruimte.Features.Consultations;
using Leerruimte.Features.Sessions;
using Leerruimte.Features.TeamActions;
using Leerruimte.Features.Teams;
using Leerruimte.Infrastructure;
using Leerruimte.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Demo;

/// <summary>
/// The demo team's case library and consultations, made with the app's own use cases (WriteCase, PlanConsultation,
/// SessionCommands, SessionBoard, RecordTeamAction, ConfirmAttendance), each on a clock set to the moment it happened:
/// an action-learning consultation held last week at 10:00 on Aylin's case, with notes on every step, two team actions
/// made from notes (one done since, one open) and the confirmations of some attendees, whose learning logs hold the
/// hours; and from next week on, appreciative organising as the team's fixed agenda item every two weeks, six times.
/// All relative to the clock, so true on any day.
/// </summary>
public static class DemoConsultations
{
    public const string Chair = "procesbegeleider@lindenhaven.example";
    public const string Bringer = "aylin@lindenhaven.example";
    public const string PastMethod = "actieleren";
    public const string NextMethod = "waarderend-organiseren";

    /// <summary>How many consultations the team's series of appreciative organising holds.</summary>
    public const int SeriesTimes = 6;

    /// <summary>Who opened the consultation on their phone; the chair is present from the start.</summary>
    public static readonly string[] Joined = [Bringer, "joost@lindenhaven.example", "priya@lindenhaven.example", "kees@lindenhaven.example", "noor@lindenhaven.example"];

    /// <summary>Who has confirmed on their phone since; Kees and Noor not yet.</summary>
    public static readonly string[] Confirmed = [Chair, Bringer, "joost@lindenhaven.example", "priya@lindenhaven.example"];

    /// <summary>The bringer's chosen idea: a team action for Aylin, done since.</summary>
    public static readonly (string Author, string Text) IdeaChosen =
        ("joost@lindenhaven.example", "Nodig haar uit voor de koffieochtend voor mantelzorgers in het buurthuis.");

    /// <summary>An idea the team takes on for everyone: a team action for Priya, still open.</summary>
    public static readonly (string Author, string Text) IdeaForTeam =
        ("priya@lindenhaven.example", "Maak een overzicht van wat er in de wijk is om mantelzorgers te ontlasten; dat hebben we vaker nodig.");

    /// <summary>The notes per step of action learning: who wrote it, and the text.</summary>
    private static readonly (string Author, string Text)[][] Notes =
    [
        [(Bringer, "Mijn ontwikkelvraag: hoe sluit ik aan bij wat zij zelf wil, terwijl ik zie dat ze overbelast raakt?")],
        [
            ("joost@lindenhaven.example", "Wat heeft ze zelf al geprobeerd om even op adem te komen?"),
            ("priya@lindenhaven.example", "Wie in haar omgeving weet hoe zwaar het voor haar is?"),
            ("kees@lindenhaven.example", "Wat betekent 'het zelf moeten kunnen' voor haar?"),
        ],
        [
            ("noor@lindenhaven.example", "Vraag of een buurvrouw één middag per week bij haar man kan zijn."),
            (IdeaChosen.Author, IdeaChosen.Text),
            (IdeaForTeam.Author, IdeaForTeam.Text),
        ],
        [(Bringer, "Ik kies de koffieochtend: daar ontmoet ze andere mantelzorgers zonder dat het meteen hulp heet.")],
        [
            ("kees@lindenhaven.example", "Ik neem mee: eerst vragen wat iemand zelf al doet."),
            ("noor@lindenhaven.example", "Over twee weken horen we van Aylin hoe het ging."),
        ],
    ];

    public static async Task SeedAsync(IServiceProvider sp)
    {
        var db = sp.GetRequiredService<LeerruimteDb>();
        var now = sp.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var demo = new Steps(sp, sp.GetRequiredService<TenantContext>().OrganisationId!.Value);
        var team = await db.Teams.Where(t => t.Name == DemoTeamGoals.Team).Select(t => t.Id).SingleAsync();
        var people = await db.TeamMemberships.Where(m => m.TeamId == team).Select(m => new { m.PersonId, m.Person!.Email })
            .Distinct().ToDictionaryAsync(m => m.Email!, m => m.PersonId);
        var invitees = TeamPeople.InvitedByDefault(await TeamPeople.OfAsync(db, team));

        var cases = new Dictionary<DemoCases.DemoCase, Guid>();
        foreach (var c in DemoCases.All) cases[c] = await WriteAsync(demo, team, people[c.Author], c, now.AddDays(-c.WrittenDaysAgo));

        var startsAt = AtTen(DutchTime.DateOf(now).AddDays(-7));
        var past = await PlanAsync(demo, startsAt.AddDays(-3), team, people[Chair], invitees, new()
        {
            MethodId = PastMethod, CaseId = cases[DemoCases.Caregiver], CaseBringerId = people[Bringer], Place = "Teamkamer, 2e verdieping",
        }, startsAt);
        await HoldAsync(demo, past, startsAt, people);
        await PlanAsync(demo, now.AddDays(-1), team, people[Chair], invitees, new()
        {
            MethodId = NextMethod, CaseId = cases[DemoCases.Neighbours], CaseBringerId = people[DemoCases.Neighbours.Author], Place = "Buurthuis De Linde",
            Rhythm = ConsultationRhythm.Fortnightly, Times = SeriesTimes,
        }, AtTen(DutchTime.DateOf(now).AddDays(7)));
    }

    private static async Task<Guid> WriteAsync(Steps demo, Guid team, Guid author, DemoCases.DemoCase c, DateTime at)
    {
        var input = new WriteCase.Input { Title = c.Title, Situation = c.Situation, Question = c.Question, DevelopmentQuestion = c.DevelopmentQuestion, Tags = c.Tags };
        var result = await demo.At<WriteCase, WriteCase.Result>(at, w => w.CreateAsync(team, author, input, new HashSet<string>()));
        return result.Saved?.Id ?? throw new InvalidOperationException($"Demo case '{c.Title}' was refused: {result.Error}");
    }

    private static async Task<CaseConsultation> PlanAsync(Steps demo, DateTime plannedAt, Guid team, Guid chair, IReadOnlyCollection<Guid> invitees,
        PlanConsultation.Input input, DateTime startsAt)
    {
        var local = DutchTime.ToLocal(startsAt);
        (input.Date, input.Time) = (DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
        var result = await demo.At<PlanConsultation, PlanConsultation.Result>(plannedAt, p => p.HandleAsync(team, chair, input, invitees));
        return result.Consultation ?? throw new InvalidOperationException($"Demo consultation refused: {result.Error}");
    }

    /// <summary>Runs the consultation as the chair and phones did: every step with its notes, on the clock of that morning.</summary>
    private static async Task HoldAsync(Steps demo, CaseConsultation c, DateTime startsAt, IReadOnlyDictionary<string, Guid> people)
    {
        var (session, chair) = (c.SessionId, people[Chair]);
        await demo.Command(startsAt, s => s.StartAsync(session, chair));
        var joinedAt = startsAt.AddMinutes(1);
        foreach (var email in Joined)
            await demo.At<SessionRoom, bool>(joinedAt, async room =>
            {
                await room.JoinedAsync(await demo.SessionAsync(session), people[email]);
                return true;
            });

        var method = await demo.MethodAsync(c);
        var (stepAt, day) = (startsAt, DutchTime.DateOf(startsAt));
        var made = new Dictionary<string, Guid>();
        Guid chosen = default;
        for (var step = 0; step < Notes.Length; step++)
        {
            if (step > 0) await demo.Command(stepAt, s => s.GoToAsync(session, chair, step));
            foreach (var (note, i) in Notes[step].Select((n, i) => (n, i)))
            {
                var added = await demo.At<SessionBoard, SessionBoard.Result>(stepAt.AddMinutes(1 + 2 * i), b => b.AddAsync(session, people[note.Author], Guid.NewGuid(), note.Text));
                made[note.Text] = added.Item?.Id ?? throw new InvalidOperationException($"Demo note refused: {added.Error}");
            }
            stepAt = stepAt.AddMinutes(method.Steps[step].Minutes);
            // At the end of the ideas, the chair makes the team's actions from their notes, as the console's ActionsPanel does.
            if (made.ContainsKey(IdeaChosen.Text) && chosen == default)
            {
                chosen = await ActionAsync(demo, c, stepAt.AddMinutes(-1), chair, IdeaChosen.Text, people[Bringer], day.AddDays(6), made[IdeaChosen.Text]);
                await ActionAsync(demo, c, stepAt.AddMinutes(-1), chair, IdeaForTeam.Text, people[IdeaForTeam.Author], day.AddDays(14), made[IdeaForTeam.Text]);
            }
        }
        var closedAt = stepAt;
        await demo.Command(closedAt, s => s.CloseAsync(session, chair));

        foreach (var (email, i) in Confirmed.Select((e, i) => (e, i)))
            await demo.At<ConfirmAttendance, ConfirmAttendance.Result>(closedAt.AddMinutes(2 + 90 * i), a => a.HandleAsync(c.SessionId, people[email]));
        await demo.At<RecordTeamAction, string?>(startsAt.AddDays(5), r => r.UpdateAsync(chosen, people[Bringer],
            new RecordTeamAction.Change(IdeaChosen.Text, people[Bringer], day.AddDays(6), TeamActionStatus.Done)));
    }

    private static async Task<Guid> ActionAsync(Steps demo, CaseConsultation c, DateTime at, Guid chair, string text, Guid owner, DateOnly due, Guid note)
    {
        var (action, error) = await demo.At<RecordTeamAction, (TeamAction?, string?)>(at, r => r.AddAsync(c.TeamId, c.Origin, chair, text, owner, due, note));
        return action?.Id ?? throw new InvalidOperationException($"Demo team action refused: {error}");
    }

    private static DateTime AtTen(DateOnly date) =>
        DutchTime.TryToUtc(date, new TimeOnly(10, 0), out var utc) ? utc : throw new InvalidOperationException("10:00 always exists.");

    /// <summary>
    /// Each use case in a scope of its own (as a request would be), on a clock standing at the moment it happened, so
    /// what it stores carries that time.
    /// </summary>
    private sealed class Steps(IServiceProvider services, Guid organisation)
    {
        public async Task<TResult> At<TUseCase, TResult>(DateTime utc, Func<TUseCase, Task<TResult>> run) where TUseCase : class
        {
            await using var scope = services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Enter(organisation);
            return await run(ActivatorUtilities.CreateInstance<TUseCase>(scope.ServiceProvider, new StandingClock(utc)));
        }

        public async Task Command(DateTime utc, Func<SessionCommands, Task<SessionCommands.Result>> run)
        {
            var result = await At(utc, run);
            if (result.Error is not null) throw new InvalidOperationException($"Demo console command refused: {result.Error}");
        }

        public async Task<WorkForms.WorkForm> MethodAsync(CaseConsultation c) =>
            await ConsultationMethod.OfAsync(services.GetRequiredService<ContentPacks.ContentCatalogue>(), c) ?? throw new InvalidOperationException($"Demo method {c.MethodId} missing.");

        public async Task<LiveSession> SessionAsync(Guid id)
        {
            await using var scope = services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Enter(organisation);
            return await scope.ServiceProvider.GetRequiredService<LeerruimteDb>().LiveSessions.AsNoTracking().SingleAsync(s => s.Id == id);
        }
    }

    private sealed class StandingClock(DateTime utc) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(utc, TimeSpan.Zero);
    }
}

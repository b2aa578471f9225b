using Leerruimte.Data;
using Leerruimte.Features.Actions;
using Leerruimte.Features.Dashboards;
using Leerruimte.Features.Demo;
using Leerruimte.Features.Development;
using Leerruimte.Features.Forms;
using Leerruimte.Features.Meter;
using Leerruimte.Features.Modules;
using Leerruimte.Features.Sharing;
using Leerruimte.Features.TeamActions;
using Leerruimte.Features.LearningLog;
using Leerruimte.Features.Meetings;
using Leerruimte.Features.Sessions;
using Leerruimte.Features.Teams;
using Leerruimte.Infrastructure;
using Leerruimte.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Dashboards;

/// <summary>
/// An organisation of teams whose records are written straight into the database, so a test knows every right
/// answer: who attended which meeting in which quarter, who rated what. Years are taken from the app's clock.
/// </summary>
public sealed class DashboardWorld(LeerruimteApp app, Guid organisation, string key, Dictionary<string, (Guid Id, List<Guid> People)> teams)
{
    public const string OtherModule = "eigen-kracht-zelfregie";

    public Guid Organisation => organisation;
    public string Admin => $"beheer-{key}@test.example";
    public string LeaderOf(string team) => $"leider-{team}-{key}@test.example";
    public string MemberOf(string team) => $"lid1-{team}-{key}@test.example";
    public Guid Team(string name) => teams[name].Id;
    public List<Guid> People(string team) => teams[team].People;

    /// <summary>The reporting year the tests fill: last year on the app's clock, so all of it has passed.</summary>
    public ReportingYear Year => new(DutchTime.Today(app.Clock).Year - 1);

    /// <summary>A moment in the middle of a quarter of <see cref="Year"/>.</summary>
    public DateTime In(int quarter, int day = 0) => Year.QuarterStart(quarter).AddDays(40 + day).AddHours(9);

    /// <summary>Teams with this many members each, a leader per team (not a member) and an admin.</summary>
    public static async Task<DashboardWorld> CreateAsync(LeerruimteApp app, params (string Team, int Members)[] sizes)
    {
        var key = Guid.NewGuid().ToString("N")[..8];
        var people = sizes.SelectMany(s => Enumerable.Range(1, s.Members).Select(i =>
                new DemoData.DemoPerson($"Lid {s.Team} {i} {key}", $"lid{i}-{s.Team}-{key}@test.example", false, (s.Team, TeamRole.Member))))
            .Concat(sizes.Select(s => new DemoData.DemoPerson($"Leider {s.Team} {key}", $"leider-{s.Team}-{key}@test.example", false, (s.Team, TeamRole.TeamLeader))))
            .Append(new DemoData.DemoPerson($"Beheer {key}", $"beheer-{key}@test.example", true))
            .ToArray();
        var organisation = await DemoSeeder.SeedAsync(app.Services, new DemoData.DemoOrganisation($"Organisatie {key}", sizes.Select(s => s.Team).ToArray(), people));
        var teams = new Dictionary<string, (Guid, List<Guid>)>();
        foreach (var (team, members) in sizes)
        {
            var ids = new List<Guid>();
            for (var i = 1; i <= members; i++) ids.Add(await app.PersonIdAsync($"lid{i}-{team}-{key}@test.example"));
            var id = await InAsync(app, organisation, db => db.Teams.Where(t => t.Name == team).Select(t => t.Id).SingleAsync());
            teams[team] = (id, ids);
        }
        return new DashboardWorld(app, organisation, key, teams);
    }

    /// <summary>noord: two meetings on the first module in K1 with four present and three followed-up actions; one in K2 with two present. zuid: two people.</summary>
    public static async Task<DashboardWorld> NoordAndZuidAsync(LeerruimteApp app)
    {
        var w = await DashboardWorld.CreateAsync(app, ("noord", 6), ("zuid", 2));
        var n = w.People("noord");
        var first = await w.MeetingAsync("noord", w.In(1), n[..4]);
        await w.MeetingAsync("noord", w.In(1, day: 7), n[..4]);
        await w.MeetingAsync("noord", w.In(2), n[..2]);
        await w.MeetingAsync("zuid", w.In(1), w.People("zuid"));
        await w.ActionAsync(first, n[0], before: 4, after: 6);
        await w.ActionAsync(first, n[1], before: 5, after: 7);
        await w.ActionAsync(first, n[2], before: 6, after: 8);
        return w;
    }

    public static AngleSharp.Dom.IElement Table(HtmlPage page, string caption) =>
        page.Document.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")?.TextContent.StartsWith(caption) == true);

    public static string[] Row(AngleSharp.Dom.IElement table, string first) =>
        table.QuerySelectorAll("tr").Select(tr => tr.Children.Select(c => c.TextContent.Trim()).ToArray()).Single(r => r.Length > 0 && r[0] == first);

    /// <summary>A closed meeting of the team at this moment, with these people marked present; returns its id.</summary>
    public Task<Guid> MeetingAsync(string team, DateTime at, IEnumerable<Guid> present, string module = Meetings.MeetingWorld.Module, MeetingStatus status = MeetingStatus.Closed) =>
        InAsync(async db =>
        {
            var version = await db.ContentPackVersions.Where(p => p.PackId == module).OrderByDescending(p => p.Version).FirstAsync();
            var there = present.ToList();
            var meeting = new Meeting
            {
                TeamId = Team(team), ModuleVersionId = version.Id, ModuleId = module, ModuleVersion = version.Version, Title = version.Title,
                StartsAt = at, DurationMinutes = 90, FacilitatorId = People(team)[0], Status = status,
            };
            var session = LiveSession.For(Origin.Meeting(meeting.Id), version.Id.ToString(), meeting.FacilitatorId, People(team), JoinCode());
            session.Status = status == MeetingStatus.Closed ? SessionStatus.Closed : SessionStatus.Planned;
            foreach (var p in session.Participants) p.Present = there.Contains(p.PersonId);
            meeting.SessionId = session.Id;
            db.LiveSessions.Add(session);
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync();
            return meeting.Id;
        });

    public Task ActionAsync(Guid meeting, Guid person, int before, int? after) =>
        InAsync(db =>
        {
            db.PersonalActions.Add(new PersonalAction { Origin = Origin.Meeting(meeting), PersonId = person, Text = "Krachtvragen stellen", RatingBefore = before, RatingAfter = after });
            return db.SaveChangesAsync();
        });

    public Task LogAsync(Guid person, DateOnly date, LearningCategory category, int minutes) =>
        InAsync(db =>
        {
            db.LearningActivities.Add(new LearningActivity { PersonId = person, Date = date, Title = "Meelopen", Category = category, Kind = ActivityKind.Practice, Minutes = minutes });
            return db.SaveChangesAsync();
        });

    /// <summary>The meeting's feedback form, sent: the scores of statements stelling-1, stelling-2, ... in order.</summary>
    public Task FeedbackAsync(Guid meeting, params int[] scores) =>
        InAsync(async db =>
        {
            var m = await db.Meetings.SingleAsync(x => x.Id == meeting);
            var response = FormResponse.For(new FormTarget(m.ModuleVersionId, FeedbackForm.Key, m.FacilitatorId, Origin: Origin.Meeting(meeting)));
            response.SubmittedAt = response.UpdatedAt = m.StartsAt.AddHours(2);
            response.Answers.AddRange(scores.Select((score, i) => new FormAnswer { QuestionId = $"stelling-{i + 1}", Number = score, UpdatedAt = response.UpdatedAt }));
            db.FormResponses.Add(response);
            db.FeedbackReports.Add(new FeedbackReport { MeetingId = meeting, FacilitatorId = m.FacilitatorId, CoordinatorId = m.FacilitatorId, ResponseId = response.Id, SentAt = response.UpdatedAt });
            return await db.SaveChangesAsync();
        });

    /// <summary>A completed meter measurement with these scores, counted in the team's overview when <paramref name="shared"/>.</summary>
    public Task MeasurementAsync(string team, Guid person, DateTime at, bool shared, params int[] scores) =>
        InAsync(async db =>
        {
            var version = await db.ContentPackVersions.Where(p => p.PackId == DemoDevelopment.Instrument).OrderByDescending(p => p.Version).FirstAsync();
            var measurement = new Measurement
            {
                PersonId = person, InstrumentVersionId = version.Id, InstrumentId = DemoDevelopment.Instrument, InstrumentVersion = version.Version,
                Title = version.Title, CreatedAt = at.AddMinutes(-20), CompletedAt = at,
                Scores = scores.Select((v, i) => new MeasurementScore { StatementId = $"s{i}", Value = v }).ToList(),
            };
            db.Measurements.Add(measurement);
            if (shared) db.Shares.Add(new Share { OwnerId = person, Kind = ShareKind.Measurement, ItemId = measurement.Id, TeamId = Team(team) });
            return await db.SaveChangesAsync();
        });

    public Task TeamActionAsync(string team, Guid? owner, TeamActionStatus status, DateTime createdAt) =>
        InAsync(db =>
        {
            db.TeamActions.Add(new TeamAction
            {
                TeamId = Team(team), Text = "Sociale kaart bijwerken", OwnerId = owner, Status = status, OriginKind = Origin.MeetingKind, OriginId = Guid.NewGuid(), CreatedAt = createdAt,
            });
            return db.SaveChangesAsync();
        });

    public Task PointAsync(Guid person, string? statementId, DateTime createdAt, PointStatus status = PointStatus.Open) =>
        InAsync(db =>
        {
            db.DevelopmentPoints.Add(new DevelopmentPoint
            {
                PersonId = person, Title = "Beter doorvragen", StatementId = statementId, StatementText = statementId is null ? null : $"Tekst van {statementId}",
                Status = status, CreatedAt = createdAt, UpdatedAt = createdAt,
            });
            return db.SaveChangesAsync();
        });

    /// <summary>The cells of a measure as a dashboard computes them, for these teams (default: all), with or without the organisation's total.</summary>
    public Task<List<Cell>> CellsAsync(Measure measure, bool withTotal = true, int k = 3, string? module = null, params string[] only) =>
        InAsync(db =>
        {
            var ids = (only.Length == 0 ? teams.Values.Select(t => t.Id) : only.Select(Team)).ToList();
            return Cells.OfAsync(Measures.Of(db, measure, db.Teams.Where(t => ids.Contains(t.Id)).Select(t => t.Id), Year, module), k, withTotal);
        });

    public Task<T> InAsync<T>(Func<LeerruimteDb, Task<T>> work) => InAsync(app, organisation, work);

    private static Task<T> InAsync<T>(LeerruimteApp app, Guid organisation, Func<LeerruimteDb, Task<T>> work) =>
        app.InScopeAsync(sp =>
        {
            sp.GetRequiredService<TenantContext>().Enter(organisation);
            return work(sp.GetRequiredService<LeerruimteDb>());
        });

    private static string JoinCode() => Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
}

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Leerruimte.Authorization;
using Leerruimte.Data;
using Leerruimte.Features.Consultations;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Demo;
using Leerruimte.Features.Meetings;
using Leerruimte.Features.Meetings.Live;
using Leerruimte.Features.Sessions;
using Leerruimte.Features.Modules;
using Leerruimte.Features.People;
using Leerruimte.Features.Teams;
using Leerruimte.Infrastructure;
using Leerruimte.Tenancy;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Leerruimte.Bench;

public sealed record PlannedPerson(Guid Id, string Email);

public sealed record PlannedMeeting(Guid Id, Guid SessionId, PlannedPerson Facilitator, List<PlannedPerson> Participants);

/// <summary>What the seed made, for the run step: who signs in where. Consultations, when seeded, are on the meetings' teams.</summary>
public sealed record Plan(Guid OrganisationId, string Password, List<PlannedMeeting> Meetings, List<PlannedMeeting>? Consultations = null)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Plan Read(string path) => JsonSerializer.Deserialize<Plan>(File.ReadAllText(path), Json) ?? throw new InvalidOperationException("Empty plan.");
}

/// <summary>
/// Prepares a fresh database before the app starts: boots the app's own composition in process (Program.cs:
/// migrations, shipped packs, roles), seeds one organisation with a team per meeting through
/// <see cref="DemoSeeder"/>, plans the meetings as <see cref="PlanMeeting"/> does (without the invitation
/// e-mails, which would otherwise be delivered during the measurement), starts them through
/// <see cref="SessionCommands"/> and moves each to its first board assignment.
/// </summary>
public static class Seeding
{
    public const string ModuleId = "ondernemend-professionele-ruimte";

    public static async Task<int> RunAsync(Options options)
    {
        var database = options.Database();
        var appFolder = Path.GetFullPath(options.Required("app"));
        var planPath = options.Required("plan");
        var meetings = options.Integer("meetings", 100);
        var participants = options.Integer("participants", 12);
        var consultations = options.Integer("consultations", 0);
        if (consultations > meetings) throw new OptionException("--consultations must not exceed --meetings: each runs on a meeting's team.");
        var clock = Stopwatch.StartNew();

        await using var app = new WebApplicationFactory<global::Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            // The app takes its settings from its own folder (here the LoadTest build), the packs from the published app.
            b.UseSetting("Content:Folder", Path.Combine(appFolder, "content"));
            b.UseSetting("Database:Provider", database.Provider);
            if (database.ConnectionString is not null) b.UseSetting("Database:ConnectionString", database.ConnectionString);
            b.UseSetting("Database:DataFolder", database.DataFolder);
            b.UseSetting("Demo:Enabled", "false");
            b.UseSetting("App:PublicUrl", "http://127.0.0.1"); // required outside Development; nobody follows the links in seeded mails
            b.UseSetting("Logging:LogLevel:Default", "Warning");
            // A fresh PostgreSQL database has no migrations table yet: EF logs that first query as failed. Seeding throws on real errors.
            b.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "None");
            // Real, production-strength hashes, but one PBKDF2 run for everyone instead of 1,300 (same password).
            b.ConfigureServices(s => s.Replace(ServiceDescriptor.Scoped<IPasswordHasher<Person>, HashOnce>()));
        });
        var services = app.Services; // starts the app in process: migrations, shipped packs, roles
        Console.WriteLine($"seed: database migrated ({database.Provider}) in {clock.Elapsed.TotalSeconds:F1} s");

        var demo = Organisation(meetings, participants);
        var organisationId = await DemoSeeder.SeedAsync(services, demo);
        Console.WriteLine($"seed: {demo.People.Length} people in {demo.Teams.Length} teams after {clock.Elapsed.TotalSeconds:F1} s");

        var planned = new List<PlannedMeeting>();
        await using (var scope = services.CreateAsyncScope())
        {
            var sp = scope.ServiceProvider;
            sp.GetRequiredService<TenantContext>().Enter(organisationId);
            var db = sp.GetRequiredService<LeerruimteDb>();
            var people = await db.Users.ToDictionaryAsync(p => p.Email!, p => p.Id);
            var teams = await db.Teams.ToDictionaryAsync(t => t.Name, t => t.Id);
            var module = await sp.GetRequiredService<ContentCatalogue>().FindModuleAsync(ModuleId, null)
                ?? throw new InvalidOperationException($"Module {ModuleId} is not stored; is --app the published app?");
            var board = module.Module.Facilitator!.Agenda.FindIndex(a => a.Assignment is not null);
            var now = DateTime.UtcNow;

            for (var m = 0; m < meetings; m++)
            {
                var facilitator = new PlannedPerson(people[FacilitatorEmail(m)], FacilitatorEmail(m));
                var invitees = Enumerable.Range(0, participants).Select(p => new PlannedPerson(people[ParticipantEmail(m, p)], ParticipantEmail(m, p))).ToList();
                var meeting = new Meeting
                {
                    TeamId = teams[TeamName(m)],
                    ModuleVersionId = module.Summary.VersionId,
                    ModuleId = module.Summary.PackId,
                    ModuleVersion = module.Summary.Version,
                    Title = module.Module.Title!,
                    DurationMinutes = module.Module.Facilitator.DurationMinutes,
                    StartsAt = now.AddMinutes(5),
                    Place = "Buurthuis",
                    FacilitatorId = facilitator.Id,
                };
                MeetingSessionKind.Attach(meeting, invitees.Select(p => p.Id), await JoinCodes.NewAsync(db));
                db.Meetings.Add(meeting);
                await db.SaveChangesAsync();
                planned.Add(new PlannedMeeting(meeting.Id, meeting.SessionId, facilitator, invitees));
            }
            db.ChangeTracker.Clear();

            var console = sp.GetRequiredService<SessionCommands>();
            foreach (var meeting in planned)
            {
                Check(await console.StartAsync(meeting.SessionId, meeting.Facilitator.Id));
                Check(await console.GoToAsync(meeting.SessionId, meeting.Facilitator.Id, board));
            }
            Console.WriteLine($"seed: {planned.Count} meetings planned, started and on agenda item {board + 1} " +
                $"({module.Module.Facilitator.Agenda[board].Assignment}) after {clock.Elapsed.TotalSeconds:F1} s");
        }

        var consulting = await ConsultationsAsync(services, organisationId, planned.Take(consultations).ToList());
        if (consulting.Count > 0) Console.WriteLine($"seed: {consulting.Count} consultations planned, started and on step 2 after {clock.Elapsed.TotalSeconds:F1} s");
        var plan = new Plan(organisationId, DemoData.Password, planned, consulting);
        await File.WriteAllTextAsync(planPath, JsonSerializer.Serialize(plan, Plan.Json));
        return 0;
    }

    /// <summary>
    /// An action-learning consultation in each of these meetings' teams, planned as the plan form does
    /// (<see cref="PlanConsultation"/>: the facilitator chairs, the first participant brings the case in), started
    /// and moved to its second step (open questions), where phones add their questions.
    /// </summary>
    private static async Task<List<PlannedMeeting>> ConsultationsAsync(IServiceProvider services, Guid organisationId, List<PlannedMeeting> teams)
    {
        var planned = new List<PlannedMeeting>();
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<TenantContext>().Enter(organisationId);
        var db = sp.GetRequiredService<LeerruimteDb>();
        var start = DutchTime.ToLocal(DateTime.UtcNow.AddMinutes(5));
        foreach (var meeting in teams)
        {
            var team = await db.Meetings.Where(m => m.Id == meeting.Id).Select(m => m.TeamId).SingleAsync();
            var input = new PlanConsultation.Input
            {
                MethodId = "actieleren", CaseBringerId = meeting.Participants[0].Id, Place = "Teamkamer",
                Date = DateOnly.FromDateTime(start), Time = new TimeOnly(start.Hour, start.Minute),
            };
            var result = await sp.GetRequiredService<PlanConsultation>().HandleAsync(team, meeting.Facilitator.Id, input, [.. meeting.Participants.Select(p => p.Id)]);
            var c = result.Consultation ?? throw new InvalidOperationException($"Planning a consultation failed: {result.Error}");
            planned.Add(meeting with { Id = c.Id, SessionId = c.SessionId });
        }
        db.ChangeTracker.Clear();
        var console = sp.GetRequiredService<SessionCommands>();
        foreach (var c in planned)
        {
            Check(await console.StartAsync(c.SessionId, c.Facilitator.Id));
            Check(await console.GoToAsync(c.SessionId, c.Facilitator.Id, 1));
        }
        return planned;
    }

    private static void Check(SessionCommands.Result result)
    {
        if (result.Error is not null) throw new InvalidOperationException($"Console command failed: {result.Error}");
    }

    private static string TeamName(int m) => $"Wijkteam {m + 1:000}";
    private static string FacilitatorEmail(int m) => $"begeleider-{m + 1:000}@bench.example";
    private static string ParticipantEmail(int m, int p) => $"deelnemer-{m + 1:000}-{p + 1:00}@bench.example";

    /// <summary>One organisation (a large municipality) with a team per meeting: a facilitator and the participants.</summary>
    private static DemoData.DemoOrganisation Organisation(int meetings, int participants)
    {
        var teams = Enumerable.Range(0, meetings).Select(TeamName).ToArray();
        var people = new List<DemoData.DemoPerson> { new("Beheerder Bench", "beheer@bench.example", IsAdmin: true) };
        for (var m = 0; m < meetings; m++)
        {
            people.Add(new($"Begeleider {m + 1:000}", FacilitatorEmail(m), false, (teams[m], TeamRole.Facilitator), (teams[m], TeamRole.Member)));
            for (var p = 0; p < participants; p++)
                people.Add(new($"Deelnemer {m + 1:000}-{p + 1:00}", ParticipantEmail(m, p), false, (teams[m], TeamRole.Member)));
        }
        return new DemoData.DemoOrganisation("Gemeente Bench – Sociaal Wijkteam", teams, [.. people]);
    }

    /// <summary>The app's own hasher (same options, so sign-in verifies a production-strength hash), run once per password.</summary>
    private sealed class HashOnce(IOptions<PasswordHasherOptions> options) : IPasswordHasher<Person>
    {
        private static readonly ConcurrentDictionary<string, string> Hashes = new();
        private readonly PasswordHasher<Person> inner = new(options);

        public string HashPassword(Person user, string password) => Hashes.GetOrAdd(password, p => inner.HashPassword(user, p));

        public PasswordVerificationResult VerifyHashedPassword(Person user, string hashedPassword, string providedPassword) =>
            inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}

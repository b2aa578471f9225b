using Leerruimte.Data;
using Leerruimte.Features.Forms;
using Leerruimte.Features.Meetings;
using Leerruimte.Features.Modules;
using Leerruimte.Features.People;
using Leerruimte.Features.Sessions;
using Leerruimte.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Forms;

/// <summary>
/// A database filled by the release before forms existed (feedback answers in columns of FeedbackReports, the module
/// stored in the short form) is migrated, and the feedback reads as before: on SQLite and on PostgreSQL.
/// </summary>
public sealed class FeedbackCarriedOverTests
{
    /// <summary>The last migration before the forms; the rows below are written as that release wrote them.</summary>
    private const string BeforeForms = "SignInSessions";

    private const string OldModule = """
        kind: module
        id: oude-module
        version: 1
        title: Een module van voor de formulieren
        competency: Geeft bruikbare feedback
        introduction:
          definition: Je geeft collega's feedback die ze kunnen gebruiken.
          individualsAndNetwork: Bij cliënten benoem je wat je ziet.
          groupsAndSociety: In groepen maak je ruimte voor elkaars blik.
          example: Na een huisbezoek bespreek je kort wat goed ging.
          warmUpQuestions: [Herken je dit?]
        assignments:
          - id: rondje
            title: Een rondje tips
            purpose: Oefenen met concreet formuleren.
            steps:
              - title: Stap 1
                prompts: [Wat zag je?]
        individualAction:
          goal: Geef drie keer gerichte feedback.
          formTitle: Mijn concrete actie
        learningForms:
          - way: experimenting
            ideas: [Vraag na elk overleg om een tip.]
        facilitator:
          role: Je bewaakt de tijd.
          durationMinutes: 30
          agenda:
            - title: Opening
              minutes: 30
          feedbackForm:
            scaleLabels: [nee, enigszins, grotendeels, ja]
            statements: [Iedereen deed mee, Het team gaf voorbeelden, De tijd was genoeg]
        """;

    [Fact]
    public async Task Feedback_sent_before_forms_existed_reads_the_same_after_the_migration()
    {
        var app = new LeerruimteApp();
        try
        {
            var old = await FillAsBeforeFormsAsync(app.Database);

            await using (var db = Open(app.Database))
                await db.GetService<IMigrator>().MigrateAsync();

            var response = await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().FormResponses.IgnoreQueryFilters([TenantFilters.Name])
                .Include(r => r.Answers).SingleAsync());
            var target = new FormTarget(old.ModuleVersion, FeedbackForm.Key, old.Facilitator, Origin: Origin.Meeting(old.Meeting));
            Assert.Equal(target.Key, response.Key); // so the app finds the carried-over response as its own
            Assert.Equal(old.Report, response.Id);
            Assert.Equal(old.SentAt, response.SubmittedAt);
            Assert.Equal(old.Organisation, response.OrganisationId);
            Assert.Equal([4, 2, 3], new[] { "stelling-1", "stelling-2", "stelling-3" }.Select(q => response.AnswerTo(q)!.Number));
            Assert.Equal("Hoe vinden we tijd?", response.AnswerTo("vragen")!.Text);
            Assert.Null(response.AnswerTo("opmerkingen")); // left empty then, so no answer now
            Assert.Equal([old.Member], response.AnswerTo("aanwezig")!.Choices.Select(Guid.Parse));
            var report = await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().FeedbackReports.IgnoreQueryFilters([TenantFilters.Name]).SingleAsync());
            Assert.Equal(response.Id, report.ResponseId);

            foreach (var reader in new[] { old.FacilitatorEmail, old.LeaderEmail })
            {
                var page = await (await app.LoginAsync(reader)).PageAsync($"/bijeenkomsten/{old.Meeting}/terugkoppeling");
                Assert.Equal(HttpStatusCode.OK, page.Status);
                Assert.Equal(["4 – ja", "2 – enigszins", "3 – grotendeels"], page.All("tbody td"));
                Assert.Contains("Hoe vinden we tijd?", page.Text);
                Assert.Contains("Afwezig", page.Text);
                Assert.Equal(HttpStatusCode.OK, (await (await app.LoginAsync(reader)).PageAsync($"/bijeenkomsten/{old.Meeting}/terugkoppeling/afdrukken")).Status);
            }
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }

    private sealed record OldWorld(Guid Organisation, Guid Meeting, Guid Report, Guid ModuleVersion, Guid Facilitator, Guid Member, DateTime SentAt,
        string FacilitatorEmail, string LeaderEmail);

    private static async Task<OldWorld> FillAsBeforeFormsAsync(TestDatabase database)
    {
        await using var db = Open(database);
        await db.GetService<IMigrator>().MigrateAsync(BeforeForms);
        var at = LeerruimteApp.Start.UtcDateTime.AddDays(-7);
        var (organisation, team, meeting, report, module) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var key = Guid.NewGuid().ToString("N")[..8];
        await db.Database.ExecuteSqlAsync($"""INSERT INTO "Organisations" ("Id", "Name", "MinimumGroupSize", "CreatedAt") VALUES ({organisation}, {"Oud " + key}, 3, {at})""");
        var facilitator = await PersonAsync(db, organisation, $"facilitator-{key}@test.example", "Procesbegeleider", at);
        var leader = await PersonAsync(db, organisation, $"leader-{key}@test.example", "Leidinggevende", at);
        var member = await PersonAsync(db, organisation, $"member-{key}@test.example", "Aanwezig Teamlid", at);
        var absent = await PersonAsync(db, organisation, $"absent-{key}@test.example", "Afwezig Teamlid", at);
        await db.Database.ExecuteSqlAsync($"""INSERT INTO "Teams" ("Id", "OrganisationId", "Name", "CreatedAt") VALUES ({team}, {organisation}, {"Team " + key}, {at})""");
        foreach (var (person, role) in new[] { (facilitator, 1), (leader, 2), (member, 0), (absent, 0) })
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "TeamMemberships" ("Id", "OrganisationId", "TeamId", "PersonId", "Role") VALUES ({Guid.NewGuid()}, {organisation}, {team}, {person}, {role})
                """);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "ContentPackVersions" ("Id", "OrganisationId", "PackId", "Version", "Kind", "Title", "FileName", "Source", "SourceHash", "CreatedAt")
            VALUES ({module}, {organisation}, 'oude-module', 1, 'module', 'Een module van voor de formulieren', 'oude-module.yaml', {OldModule}, 'hash', {at})
            """);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "Meetings" ("Id", "OrganisationId", "TeamId", "ModuleVersionId", "ModuleId", "ModuleVersion", "Title", "StartsAt", "DurationMinutes",
                "FacilitatorId", "Status", "JoinCode", "CalendarSequence", "CreatedAt", "StartedAt", "ClosedAt", "AgendaIndex", "ClockElapsedSeconds", "ClockExtraSeconds", "Revision")
            VALUES ({meeting}, {organisation}, {team}, {module}, 'oude-module', 1, 'Een module van voor de formulieren', {at}, 30,
                {facilitator}, 2, {key[..6].ToUpperInvariant()}, 0, {at}, {at}, {at.AddMinutes(30)}, 0, 0, 0, 3)
            """);
        foreach (var (person, present) in new[] { (member, true), (absent, false) })
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "MeetingInvitees" ("Id", "OrganisationId", "MeetingId", "PersonId", "Present") VALUES ({Guid.NewGuid()}, {organisation}, {meeting}, {person}, {present})
                """);
        // The scores as that release stored its List<int>: JSON text on SQLite, an integer array on PostgreSQL.
        object scores = database.Provider == "Postgres" ? new[] { 4, 2, 3 } : "[4,2,3]";
        var sentAt = at.AddMinutes(40);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "FeedbackReports" ("Id", "OrganisationId", "MeetingId", "FacilitatorId", "CoordinatorId", "Scores", "TeamQuestions", "Remarks", "CreatedAt", "SentAt")
            VALUES ({report}, {organisation}, {meeting}, {facilitator}, {leader}, {scores}, 'Hoe vinden we tijd?', '  ', {sentAt}, {sentAt})
            """);
        return new OldWorld(organisation, meeting, report, module, facilitator, member, sentAt, $"facilitator-{key}@test.example", $"leader-{key}@test.example");
    }

    private static async Task<Guid> PersonAsync(LeerruimteDb db, Guid organisation, string email, string name, DateTime at)
    {
        var id = Guid.NewGuid();
        var hash = new PasswordHasher<Person>().HashPassword(new Person(), World.Password);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "AspNetUsers" ("Id", "OrganisationId", "DisplayName", "CreatedAt", "UserName", "NormalizedUserName", "Email", "NormalizedEmail",
                "EmailConfirmed", "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount")
            VALUES ({id}, {organisation}, {name}, {at}, {email}, {email.ToUpperInvariant()}, {email}, {email.ToUpperInvariant()},
                {true}, {hash}, {Guid.NewGuid().ToString("N")}, {Guid.NewGuid().ToString()}, {false}, {false}, {true}, 0)
            """);
        return id;
    }

    private static LeerruimteDb Open(TestDatabase database) => database.Provider == "Postgres"
        ? new PostgresLeerruimteDb(new DbContextOptionsBuilder<PostgresLeerruimteDb>().UseNpgsql(database.ConnectionString).Options, new TenantContext())
        : new SqliteLeerruimteDb(new DbContextOptionsBuilder<SqliteLeerruimteDb>().UseSqlite(database.ConnectionString).Options, new TenantContext());
}

using Leerruimte.Data;
using Leerruimte.IntegrationTests.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Sessions;

/// <summary>
/// A database from the release in which only meetings had a join code (on SQLite, and on PostgreSQL when the suite runs
/// there), upgraded: the code handed out for a meeting still brings its invitees in, now read from the meeting's session.
/// The meeting is planned through the app, the database taken back to the migration before SessionJoinCodes, and the
/// meeting's code set in the old column as the old release stored it.
/// </summary>
public sealed class JoinCodeMigrationTests : IAsyncLifetime
{
    private const string OldCode = "OUD234";
    private readonly FakeClockApp old = new();
    private RestartedApp? upgraded;
    private (TestOrganisation Org, Guid Meeting) planned;

    public async Task InitializeAsync()
    {
        _ = old.Server;
        var org = await old.CreateOrganisationAsync();
        planned = (org, await old.PlanMeetingAsync(org, at: old.UtcNow.AddMinutes(30)));
        await old.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LeerruimteDb>();
            var migrations = db.Database.GetMigrations().ToList();
            var before = migrations[migrations.FindIndex(m => m.EndsWith("_SessionJoinCodes", StringComparison.Ordinal)) - 1];
            await db.GetService<IMigrator>().MigrateAsync(before);
            await db.Database.ExecuteSqlAsync($"""UPDATE "Meetings" SET "JoinCode" = {OldCode} WHERE "Id" = {planned.Meeting}""");
        });
        await old.DisposeAsync(); // the old release stops; the new one starts on its database and migrates it
        upgraded = new RestartedApp(old.Database, old.Clock.GetUtcNow().AddMinutes(1));
        _ = upgraded.Server;
    }

    public async Task DisposeAsync()
    {
        if (upgraded is not null) await upgraded.DisposeAsync();
        await old.Database.DisposeAsync();
    }

    [Fact]
    public async Task A_meeting_keeps_the_code_it_had_and_its_invitees_join_with_it()
    {
        var app = upgraded!;
        var code = await app.JoinCodeOfAsync(planned.Meeting);
        var joined = await (await app.LoginAsync(planned.Org.Member)).GetAsync($"/m/{OldCode.ToLowerInvariant()}");

        Assert.Equal(OldCode, code);
        Assert.Equal($"/bijeenkomsten/{planned.Meeting}/meedoen", joined.Headers.Location!.OriginalString.Replace("http://localhost", ""));
    }
}

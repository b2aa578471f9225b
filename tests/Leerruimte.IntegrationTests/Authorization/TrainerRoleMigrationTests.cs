using Leerruimte.Data;
using Leerruimte.IntegrationTests.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Authorization;

/// <summary>
/// A database from the release in which trainer was a role in a team (on SQLite, and on PostgreSQL when the suite runs
/// there), upgraded: whoever was a trainer in a team is a trainer of the organisation, in no team as trainer. The old
/// release had never made the role row either, which the upgrade must survive.
/// </summary>
public sealed class TrainerRoleMigrationTests : IAsyncLifetime
{
    private readonly FakeClockApp old = new();
    private RestartedApp? upgraded;
    private TestOrganisation org = null!;

    public async Task InitializeAsync()
    {
        _ = old.Server;
        org = await old.CreateOrganisationAsync();
        var team = await old.TeamIdAsync(org);
        var loner = await old.PersonIdAsync(org.Loner);
        await old.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LeerruimteDb>();
            var migrations = db.Database.GetMigrations().ToList();
            var before = migrations[migrations.FindIndex(m => m.EndsWith("_TrainerOrganisationRole", StringComparison.Ordinal)) - 1];
            await db.GetService<IMigrator>().MigrateAsync(before);
            await db.Database.ExecuteSqlAsync($"""DELETE FROM "AspNetRoles" WHERE "NormalizedName" = 'TRAINER'""");
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "TeamMemberships" ("Id", "OrganisationId", "TeamId", "PersonId", "Role")
                VALUES ({Guid.CreateVersion7()}, {org.Id}, {team}, {loner}, 3)
                """);
        });
        await old.DisposeAsync();
        upgraded = new RestartedApp(old.Database, old.Clock.GetUtcNow().AddMinutes(1));
        _ = upgraded.Server;
    }

    public async Task DisposeAsync()
    {
        if (upgraded is not null) await upgraded.DisposeAsync();
        await old.Database.DisposeAsync();
    }

    [Fact]
    public async Task A_trainer_of_a_team_becomes_a_trainer_of_the_organisation_and_leaves_the_team()
    {
        var app = upgraded!;
        var loner = await app.PersonIdAsync(org.Loner);
        var (roles, memberships) = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LeerruimteDb>();
            var roles = await db.UserRoles.Where(r => r.UserId == loner)
                .Join(db.Roles, u => u.RoleId, r => r.Id, (u, r) => r.Name!).ToListAsync();
            var memberships = await db.TeamMemberships.IgnoreQueryFilters().CountAsync(m => m.PersonId == loner);
            return (roles, memberships);
        });
        var script = await (await app.LoginAsync(org.Loner)).GetAsync("/modules/eigen-kracht-zelfregie/procesbegeleider");

        Assert.Equal(["trainer"], roles);
        Assert.Equal(0, memberships);
        Assert.Equal(System.Net.HttpStatusCode.OK, script.StatusCode); // the facilitator part, which trainers may read
    }
}

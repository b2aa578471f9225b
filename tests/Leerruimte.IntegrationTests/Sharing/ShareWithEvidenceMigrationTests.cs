using Leerruimte.Data;
using Leerruimte.Features.Sharing;
using Leerruimte.IntegrationTests.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Sharing;

/// <summary>
/// A database with a share written before shares could carry evidence (on SQLite, and on PostgreSQL when the suite
/// runs there), upgraded: the share is there, still readable, and without evidence.
/// </summary>
public sealed class ShareWithEvidenceMigrationTests : IAsyncLifetime
{
    private readonly FakeClockApp old = new();
    private RestartedApp? upgraded;
    private TestOrganisation org = default!;

    public async Task InitializeAsync()
    {
        _ = old.Server;
        org = await old.CreateOrganisationAsync();
        await old.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LeerruimteDb>();
            var migrations = db.Database.GetMigrations().ToList();
            await db.GetService<IMigrator>().MigrateAsync(migrations[migrations.FindIndex(m => m.EndsWith("_ShareWithEvidence", StringComparison.Ordinal)) - 1]);
            await WriteAsTheOldReleaseAsync(db);
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

    private async Task WriteAsTheOldReleaseAsync(LeerruimteDb db)
    {
        var types = db.GetService<IRelationalTypeMappingSource>();
        string L(object? value) => value is null ? "NULL" : types.FindMapping(value.GetType())!.GenerateSqlLiteral(value);
        Guid Person(string email) => db.Users.IgnoreQueryFilters().Where(p => p.Email == email).Select(p => p.Id).Single();
        var values = new Dictionary<string, object?>
        {
            ["Id"] = Guid.CreateVersion7(), ["OrganisationId"] = org.Id, ["OwnerId"] = Person(org.Member), ["Kind"] = (int)ShareKind.Plan,
            ["ItemId"] = Guid.Empty, ["RecipientId"] = Person(org.Leader), ["TeamId"] = null, ["CreatedAt"] = LeerruimteApp.Start.UtcDateTime,
        };
#pragma warning disable EF1002 // the values are this test's own, written as literals by the provider's type mappings
        await db.Database.ExecuteSqlRawAsync(
            $"INSERT INTO \"Shares\" ({string.Join(", ", values.Keys.Select(k => $"\"{k}\""))}) VALUES ({string.Join(", ", values.Values.Select(L))})");
#pragma warning restore EF1002
    }

    [Fact]
    public async Task A_share_from_before_the_upgrade_is_still_read_and_carries_no_evidence()
    {
        var share = await upgraded!.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().Shares.IgnoreQueryFilters([TenantFilters.Name])
            .SingleAsync(s => s.OrganisationId == org.Id));
        var leader = await upgraded.LoginAsync(org.Leader);

        Assert.False(share.WithEvidence);
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync($"/gedeeld/plan/{share.OwnerId}")).StatusCode);
    }
}

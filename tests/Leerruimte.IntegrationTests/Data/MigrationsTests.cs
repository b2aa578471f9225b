using Leerruimte.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Data;

/// <summary>Every change of the model comes with its migration, on the provider the suite runs on (SQLite, and PostgreSQL in ./test.sh).</summary>
public sealed class MigrationsTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    [Fact]
    public Task The_model_has_no_change_that_a_migration_of_this_provider_lacks() => app.InScopeAsync(sp =>
    {
        var db = sp.GetRequiredService<LeerruimteDb>();
        Assert.False(db.Database.HasPendingModelChanges(), $"{db.GetType().Name}: add a migration (README, Working on it)");
        Assert.Empty(db.Database.GetPendingMigrations());
        return Task.CompletedTask;
    });
}

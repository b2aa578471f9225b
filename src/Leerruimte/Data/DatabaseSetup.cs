using Leerruimte.Data.Interceptors;
using Leerruimte.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Leerruimte.Data;

public static class DatabaseSetup
{
    private static readonly SqliteConnectionSettings SqliteSettings = new();

    public static WebApplicationBuilder AddDatabase(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var dataFolder = Path.GetFullPath(options.DataFolder, builder.Environment.ContentRootPath);

        builder.Services.AddSingleton(new DataFolder(dataFolder));
        builder.Services.AddScoped<TenantContext>();
        builder.Services.AddSingleton<TenantStampInterceptor>();
        builder.Services.AddSingleton<TimestampInterceptor>();
        builder.Services.AddSingleton<FreeTextInterceptor>();

        switch (options.Provider)
        {
            case DatabaseProvider.Postgres:
                var pg = options.ConnectionString ?? throw new OptionsValidationException(DatabaseOptions.Section, typeof(DatabaseOptions),
                    ["Database:ConnectionString is required for PostgreSQL."]);
                Register<PostgresLeerruimteDb>(builder.Services, o => o.UseNpgsql(pg));
                break;
            default:
                Directory.CreateDirectory(dataFolder);
                var sqlite = options.ConnectionString ?? $"Data Source={Path.Combine(dataFolder, "leerruimte.db")}";
                Register<SqliteLeerruimteDb>(builder.Services, o => o.UseSqlite(sqlite).AddInterceptors(SqliteSettings));
                break;
        }
        builder.Services.AddHealthChecks().AddDbContextCheck<LeerruimteDb>();
        return builder;
    }

    private static void Register<TContext>(IServiceCollection services, Action<DbContextOptionsBuilder> provider)
        where TContext : LeerruimteDb
    {
        // Options are built once, not per request: the interceptors are shared and each context carries its
        // scope's tenant. Measured in bench/catalogue.sh, where building them was a tenth of a page request.
        services.AddDbContext<TContext>((sp, o) =>
        {
            provider(o);
            o.AddInterceptors(sp.GetRequiredService<TenantStampInterceptor>(), sp.GetRequiredService<TimestampInterceptor>(), sp.GetRequiredService<FreeTextInterceptor>());
        }, ServiceLifetime.Scoped, ServiceLifetime.Singleton);
        services.AddScoped<LeerruimteDb>(sp => sp.GetRequiredService<TContext>());
        // Contexts made by the factory still see the scope's tenant (needed by interactive components).
        services.AddScoped<IDbContextFactory<LeerruimteDb>>(sp => new ScopedFactory<TContext>(sp));
    }

    private sealed class ScopedFactory<TContext>(IServiceProvider scope) : IDbContextFactory<LeerruimteDb>
        where TContext : LeerruimteDb
    {
        private static readonly ObjectFactory<TContext> Create = ActivatorUtilities.CreateFactory<TContext>([]);

        public LeerruimteDb CreateDbContext() => Create(scope, null);
    }

    /// <summary>Creates or upgrades the schema before the app takes requests.</summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LeerruimteDb>();
        await db.Database.MigrateAsync();
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }
}

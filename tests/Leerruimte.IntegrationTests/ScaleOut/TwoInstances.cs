namespace Leerruimte.IntegrationTests.ScaleOut;

/// <summary>
/// Two instances of the app behind an imaginary load balancer: one database, one Redis server for the live
/// meeting events, and nothing else in common. As in production, either may serve any request.
/// </summary>
public sealed class TwoInstances : IAsyncLifetime
{
    private RedisTestServer? redis;

    public LeerruimteApp First { get; private set; } = null!;
    public LeerruimteApp Second { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        redis = await RedisTestServer.StartAsync();
        First = new Instance(redis.ConnectionString, database: null);
        _ = First.Server; // the first instance migrates the database and loads the packs
        Second = new Instance(redis.ConnectionString, First.Database);
        _ = Second.Server;
    }

    public async Task DisposeAsync()
    {
        await Second.DisposeAsync();
        await ((IAsyncLifetime)First).DisposeAsync();
        if (redis is not null) await redis.DisposeAsync();
    }

    private sealed class Instance(string redis, TestDatabase? database) : LeerruimteApp
    {
        protected override IDictionary<string, string?> Settings
        {
            get
            {
                var settings = new Dictionary<string, string?> { ["Redis:ConnectionString"] = redis };
                if (database is not null)
                {
                    settings["Database:Provider"] = database.Provider;
                    settings["Database:ConnectionString"] = database.ConnectionString;
                    settings["Database:DataFolder"] = database.DataFolder;
                }
                return settings;
            }
        }
    }
}

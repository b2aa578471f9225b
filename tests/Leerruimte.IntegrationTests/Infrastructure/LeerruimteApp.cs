using Leerruimte.Infrastructure.Mail;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Leerruimte.IntegrationTests.Infrastructure;

/// <summary>
/// The real app, in process, on its own fresh database. Tests talk to it over HTTP like a browser would.
/// </summary>
public class LeerruimteApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public TestDatabase Database { get; } = new();

    /// <summary>A clock tests can move; starts at a fixed moment.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    /// <summary>Extra settings a test class needs (e.g. an SMTP server), applied on top of the defaults.</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected virtual bool UseFakeClock => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // As in Development (./run.sh): a scoped service taken from the root provider fails here too, not only there.
        builder.UseDefaultServiceProvider(o => { o.ValidateScopes = true; o.ValidateOnBuild = true; });
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = Database.Provider,
            ["Database:ConnectionString"] = Database.ConnectionString,
            ["Database:DataFolder"] = Database.DataFolder,
            ["Demo:Enabled"] = "false",
            ["Mail:ShowOutboxPage"] = "true",
            ["Mail:PollInterval"] = "00:00:00.100",
            ["Mail:FirstRetryDelay"] = "00:00:00.200",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in Settings) settings[key] = value;
        foreach (var (key, value) in settings) builder.UseSetting(key, value);

        builder.ConfigureLogging(logging => logging.AddProvider(Errors));
        builder.ConfigureServices(services =>
        {
            // Hashing is deliberately slow in production; tests log in often.
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1000);
            if (UseFakeClock) services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
        });
    }

    public ServerErrors Errors { get; } = new();

    /// <summary>A client that keeps cookies, does not follow redirects, and fails the test on any 5xx.</summary>
    public HttpClient Browser() => CreateDefaultClient(new Uri("http://localhost"), new FailOnServerError(Errors), new CookieContainerHandler());

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public async Task InScopeAsync(Func<IServiceProvider, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider);
    }

    public OutboxSender OutboxSender => Services.GetRequiredService<OutboxSender>();

    Task IAsyncLifetime.InitializeAsync()
    {
        _ = Server; // start the app (migrations, shipped packs) before the first test
        return Task.CompletedTask;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Database.DisposeAsync();
    }
}

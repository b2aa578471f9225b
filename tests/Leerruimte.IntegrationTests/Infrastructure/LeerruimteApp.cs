using Leerruimte.Infrastructure.Mail;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Leerruimte.IntegrationTests.Infrastructure;

/// <summary>
/// The real app, in process, on its own fresh database. Tests talk to it over HTTP like a browser would.
/// </summary>
public class LeerruimteApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public TestDatabase Database { get; } = new();

    /// <summary>
    /// Where every test app's clock starts: a Monday morning, whatever the machine's date. Tests take every time
    /// from <see cref="Clock"/>, never from DateTime.UtcNow, so the suite passes on any day (./test.sh runs it
    /// with the machine's clock moved years ahead to prove it).
    /// </summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private TimeProvider? clock;

    /// <summary>The app's clock, the one the test controls: running from <see cref="Start"/> (see FakeClockApp for one that stands still).</summary>
    public TimeProvider Clock => clock ??= CreateClock();

    protected virtual TimeProvider CreateClock() => new RunningClock(Start);

    /// <summary>Now, on the app's clock.</summary>
    public DateTime UtcNow => Clock.GetUtcNow().UtcDateTime;

    /// <summary>The address links in e-mails are built on (App:PublicUrl).</summary>
    public const string PublicUrl = "https://leerruimte.test";

    /// <summary>Extra settings a test class needs (e.g. an SMTP server), applied on top of the defaults.</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

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
            ["App:PublicUrl"] = PublicUrl,
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
            services.Replace(ServiceDescriptor.Singleton(Clock));
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

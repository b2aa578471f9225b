using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Leerruimte.BrowserTests.Infrastructure;

/// <summary>
/// The real app on Kestrel, on a free port on the loopback address, with a fresh SQLite database in a temporary
/// folder and the demo organisations loaded, so a real browser can sign in with the demo accounts. It runs in the
/// Development environment, as ./run.sh does: what a newcomer meets first (scope validation, the developer settings)
/// is what the browser tests see.
/// </summary>
public sealed class LeerruimteServer : WebApplicationFactory<Program>
{
    private readonly string dataFolder = Directory.CreateTempSubdirectory("leerruimte-browser-").FullName;

    public LeerruimteServer() => UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));

    /// <summary>The app's warnings and errors.</summary>
    public ServerLog Log { get; } = new();

    /// <summary>Where the app listens, e.g. http://127.0.0.1:41234 (known once <see cref="Start"/> has run).</summary>
    public Uri BaseAddress { get; private set; } = default!;

    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault() ?? throw new InvalidOperationException("Kestrel started without an address.");
        BaseAddress = new Uri(address);
        return BaseAddress;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:ConnectionString"] = $"Data Source={Path.Combine(dataFolder, "test.db")};Pooling=False",
            ["Database:DataFolder"] = dataFolder,
            ["Demo:Enabled"] = "true",
            // Links in e-mails; no browser test follows one (Kestrel picks its port only after the settings are read).
            ["App:PublicUrl"] = "http://leerruimte.test",
            ["Mail:ShowOutboxPage"] = "true",
            ["Logging:LogLevel:Default"] = "Warning",
            // Open consoles and phones check their sign-in this often, so a test can watch a blocked person's screen end.
            ["Identity:RevalidationInterval"] = "00:00:03",
        };
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.AddProvider(Log));
        builder.ConfigureServices(services =>
            // Hashing is deliberately slow in production; the demo seeding hashes a password per demo person.
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1000));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try { Directory.Delete(dataFolder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

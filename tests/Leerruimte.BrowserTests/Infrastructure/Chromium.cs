namespace Leerruimte.BrowserTests.Infrastructure;

/// <summary>
/// The browser the suite drives: Debian's Chromium (apt-get install chromium). Playwright's own browsers are
/// never downloaded; only the node driver that ships inside the Microsoft.Playwright package is used.
/// </summary>
public static class Chromium
{
    public const string DefaultPath = "/usr/bin/chromium";

    /// <summary>Set to use another Chromium binary than <see cref="DefaultPath"/>.</summary>
    public const string PathVariable = "LEERRUIMTE_CHROMIUM";

    public static readonly string[] Arguments =
    [
        "--no-sandbox", // the tests may run as root, where Chromium's sandbox cannot start
        "--disable-gpu",
        "--disable-dev-shm-usage",
        // Without these Chromium keeps calling home, which on a closed network only produces noise and delays.
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];

    public static string ExecutablePath
    {
        get
        {
            var path = Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } configured ? configured : DefaultPath;
            if (!File.Exists(path))
                throw new InvalidOperationException(
                    $"The browser tests need Chromium at {path}, and it is not there. They use Debian's Chromium and never " +
                    "download a browser: install it with `sudo apt-get install -y chromium` (./test.sh does this for you), " +
                    $"or set {PathVariable} to the path of a Chromium binary.");
            return path;
        }
    }

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Arguments,
            Timeout = 60_000,
        });
}

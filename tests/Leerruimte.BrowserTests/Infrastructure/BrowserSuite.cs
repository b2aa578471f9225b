using System.Text.RegularExpressions;

namespace Leerruimte.BrowserTests.Infrastructure;

/// <summary>
/// What every browser test shares in one run: one app on Kestrel and one Chromium. Each test gets its own
/// browser context (cookies, storage), so tests never see each other's sign-ins.
/// </summary>
public sealed partial class BrowserSuite : IAsyncLifetime
{
    /// <summary>
    /// How long a signed-in session is reused. The server checks sign-ins every few seconds here
    /// (Identity:RevalidationInterval in LeerruimteServer) and renews the cookie each time; an older cookie still
    /// passes as long as nobody blocks the demo accounts, which no test does.
    /// </summary>
    private static readonly TimeSpan SessionReuse = TimeSpan.FromSeconds(30);

    private readonly Dictionary<string, (string State, DateTime SignedInAt)> signedInStates = [];
    private readonly SemaphoreSlim signingIn = new(1, 1);
    private IPlaywright? playwright;

    public LeerruimteServer App { get; } = new();
    public IBrowser Browser { get; private set; } = default!;
    public Uri BaseAddress => App.BaseAddress;

    public async Task InitializeAsync()
    {
        // Only the bundled node driver is used; make sure nothing tries to fetch a browser.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _ = Chromium.ExecutablePath; // fails with a clear message before anything starts
        // Room for a slow CI machine: a page or an answer that takes longer than Playwright's 5 s is slow, not
        // wrong. Checks about speed (live items within a second or so) set their own limit.
        Assertions.SetDefaultExpectTimeout(10_000);
        App.Start();
        await EnsureStaticAssetsAreServedAsync();
        playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(playwright);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        playwright?.Dispose();
        await App.DisposeAsync();
        signingIn.Dispose();
    }

    public Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        options ??= new BrowserNewContextOptions();
        options.BaseURL = BaseAddress.ToString().TrimEnd('/');
        options.Locale ??= "nl-NL";
        // The people who use the app are in the Netherlands; a browser on UTC would hide mistakes with times.
        options.TimezoneId ??= "Europe/Amsterdam";
        options.ViewportSize ??= new ViewportSize { Width = 1280, Height = 900 };
        return Browser.NewContextAsync(options);
    }

    /// <summary>
    /// The cookies of a session signed in as <paramref name="email"/> through the login page; reused for a short
    /// while, so tests that are not about signing in do not all pay for it.
    /// </summary>
    public async Task<string> SignedInStateAsync(string email)
    {
        await signingIn.WaitAsync();
        try
        {
            if (signedInStates.TryGetValue(email, out var known) && DateTime.UtcNow - known.SignedInAt < SessionReuse) return known.State;
            var signedInAt = DateTime.UtcNow;
            var state = await SignInAsync(email);
            signedInStates[email] = (state, signedInAt);
            return state;
        }
        finally
        {
            signingIn.Release();
        }
    }

    private async Task<string> SignInAsync(string email)
    {
        await using var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        var login = new LoginPage(page);
        await login.GotoAsync();
        await login.LogInAsync(email, DemoAccounts.Password);
        return await context.StorageStateAsync();
    }

    /// <summary>
    /// Axe judges colours and sizes, so a run without the NL Design System stylesheets would prove nothing; and without
    /// blazor.web.js forms and links would not behave as they do for users.
    /// </summary>
    private async Task EnsureStaticAssetsAreServedAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress };
        var html = await http.GetStringAsync("/inloggen");
        var assets = StylesheetLink().Matches(html).Select(m => m.Groups[1].Value).ToList();
        assets.AddRange(ScriptSource().Matches(html).Select(m => m.Groups[1].Value));
        if (assets.Count < 4) throw new InvalidOperationException($"Expected three stylesheets and blazor.web.js on the login page, found: {string.Join(", ", assets)}");
        foreach (var asset in assets)
        {
            using var response = await http.GetAsync(asset);
            var css = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode || !css.Contains('{'))
                throw new InvalidOperationException($"{asset} answered {(int)response.StatusCode} with {css.Length} characters; the browser tests need the real styles and scripts.");
        }
    }

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]+)\"")]
    private static partial Regex StylesheetLink();

    [GeneratedRegex("<script src=\"([^\"]+)\"")]
    private static partial Regex ScriptSource();
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSuite>
{
    public const string Name = "Browser";
}

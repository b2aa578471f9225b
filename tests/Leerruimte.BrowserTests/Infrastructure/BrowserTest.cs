using Xunit.Abstractions;

namespace Leerruimte.BrowserTests.Infrastructure;

/// <summary>
/// Base for browser tests: every page a test opens lives in a fresh browser context of the shared Chromium,
/// closed when the test ends. A test fails when any of its pages broke the Content-Security-Policy (an inline script,
/// handler or style, a source from elsewhere), so every screen is built for the policy (docs/decisions/0010).
/// </summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(BrowserSuite suite, ITestOutputHelper output) : IAsyncLifetime
{
    public static readonly ViewportSize Phone = new() { Width = 375, Height = 812 };

    // Chromium writes a violation to the console ("Refused to ... Content Security Policy"); the event adds the
    // directive and where, and catches what the console would leave out.
    private const string ReportPolicyViolations = """
        document.addEventListener('securitypolicyviolation', e => console.error(
            `Content Security Policy violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'} in ${e.sourceFile || document.location.pathname}:${e.lineNumber}`));
        """;

    private readonly List<IBrowserContext> contexts = [];
    private readonly List<string> policyViolations = [];
    private readonly int serverLogStart = suite.App.Log.Count;

    protected BrowserSuite Suite => suite;
    protected ITestOutputHelper Output => output;

    /// <summary>The axe checks of this test; end with Accessibility.ShouldHaveFoundNoSeriousViolations().</summary>
    protected AxeAudit Accessibility { get; } = new(output);

    /// <summary>A page in a new browser context, signed in as nobody.</summary>
    protected Task<IPage> NewPageAsync(ViewportSize? viewport = null) => OpenAsync(new BrowserNewContextOptions { ViewportSize = viewport });

    /// <summary>A page in a new browser context that already carries the session of <paramref name="email"/>.</summary>
    protected async Task<IPage> NewPageSignedInAsAsync(string email, ViewportSize? viewport = null) =>
        await OpenAsync(new BrowserNewContextOptions { StorageState = await suite.SignedInStateAsync(email), ViewportSize = viewport });

    private async Task<IPage> OpenAsync(BrowserNewContextOptions options)
    {
        var context = await suite.NewContextAsync(options);
        contexts.Add(context);
        context.SetDefaultTimeout(15_000);
        await context.AddInitScriptAsync(ReportPolicyViolations);
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type != "error") return;
            output.WriteLine($"browser console: {message.Text}");
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
                lock (policyViolations) policyViolations.Add($"{page.Url}: {message.Text}");
        };
        page.PageError += (_, error) => output.WriteLine($"browser page error: {error}");
        page.Response += (_, response) => { if (response.Status >= 500) output.WriteLine($"server error {response.Status} for {response.Url}"); };
        return page;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in contexts) await context.CloseAsync();
        foreach (var entry in suite.App.Log.Since(serverLogStart)) output.WriteLine($"server: {entry}");
        if (policyViolations.Count > 0)
            Assert.Fail($"The Content-Security-Policy was broken {policyViolations.Count} time(s):{Environment.NewLine}{string.Join(Environment.NewLine, policyViolations.Distinct())}");
        Accessibility.EnsureAsserted();
    }
}

using static Microsoft.Playwright.Assertions;

namespace Leerruimte.BrowserTests.Pages;

/// <summary>A page of the app at a known address; subclasses add what a user does there.</summary>
public abstract class BasePage(IPage page)
{
    public IPage Page { get; } = page;

    /// <summary>The address, relative to the app.</summary>
    public abstract string Path { get; }

    public SiteHeader Header => new(Page);

    /// <summary>The page's main heading.</summary>
    public ILocator Heading => Page.Locator("h1").First;

    public async Task<IResponse?> GotoAsync()
    {
        var response = await Page.GotoAsync(Path);
        await Expect(Heading).ToBeVisibleAsync();
        return response;
    }

    /// <summary>
    /// Clicks a form's submit button and waits until the server's answer to that post has fully arrived. A page that already says
    /// "Opgeslagen" from an earlier save would otherwise pass its check at once, and the late answer would then
    /// redraw the page under the next step (a select set by the test went back to the stored value). For forms that
    /// post by enhanced navigation (fetch); a plain form's post that redirects does not report its request finished.
    /// </summary>
    // 30 s per wait, not the default 15: on a loaded CI machine (2 cores, browser and app together) one save once took longer.
    // The answer is awaited in two steps (its headers, then its body) so that a timeout says which of the two never came.
    // The body counts as arrived when Playwright reports the request finished or when Blazor has put the answer into the
    // page ("enhancedload"), whichever comes first: locally one run in two of MeterAndPlanTests saw the page updated with
    // the answer while the request was never reported finished.
    public async Task<IResponse> SubmitAsync(ILocator button)
    {
        await BlazorStartedAsync();
        await Page.EvaluateAsync("""
            () => { window.__leerruimteApplied = new Promise(resolve => {
                const done = () => { Blazor.removeEventListener('enhancedload', done); resolve(); };
                Blazor.addEventListener('enhancedload', done); }); }
            """);
        var response = await Page.RunAndWaitForResponseAsync(() => button.ClickAsync(), r => r.Request.Method == "POST", new() { Timeout = 30_000 });
        var finished = response.FinishedAsync();
        var applied = Page.EvaluateAsync("() => window.__leerruimteApplied");
        var first = await Task.WhenAny(finished, applied).WaitAsync(TimeSpan.FromSeconds(30));
        if (first == applied && applied.IsCompletedSuccessfully) return response;
        // A plain post navigates away (its script context ends), so only the request's own end tells.
        var failure = await finished.WaitAsync(TimeSpan.FromSeconds(30));
        if (failure is not null)
            throw new InvalidOperationException($"The post to {response.Url} answered {response.Status} but its body failed: {failure}");
        return response;
    }

    /// <summary>
    /// Waits until blazor.web.js has run. It sits at the end of the body, so after a full page load the form is there
    /// before the script: a click then posts the plain way, whose redirect never reports its request finished (a CI run
    /// timed out so). The script sets window.Blazor and hooks the forms in one synchronous run, so the first means both.
    /// </summary>
    public Task BlazorStartedAsync() => Page.WaitForFunctionAsync("() => window.Blazor !== undefined");

    public async Task<string> HeadingTextAsync() => (await Heading.InnerTextAsync()).Trim();

    /// <summary>The language the page declares on its html element (nl or en).</summary>
    public Task<string?> LanguageAsync() => Page.Locator("html").GetAttributeAsync("lang");

    /// <summary>Whether the page is wider than the window, so the reader has to scroll sideways.</summary>
    public async Task<HorizontalFit> HorizontalFitAsync() => await Page.EvaluateAsync<HorizontalFit>("""
        () => {
            const width = window.innerWidth;
            const wide = [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > width + 0.5 && !e.closest('.app-table-scroll, .app-visually-hidden, .utrecht-skip-link'))
                .slice(0, 8)
                .map(e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : ''} (right edge ${Math.round(e.getBoundingClientRect().right)}px)`);
            return { scrollWidth: document.documentElement.scrollWidth, innerWidth: width, widest: wide };
        }
        """);
}

public sealed class HorizontalFit
{
    public int ScrollWidth { get; set; }
    public int InnerWidth { get; set; }
    public string[] Widest { get; set; } = [];

    public bool Fits => ScrollWidth <= InnerWidth;

    public override string ToString() =>
        $"page is {ScrollWidth}px wide in a {InnerWidth}px window; widest elements: {(Widest.Length == 0 ? "none found" : string.Join("; ", Widest))}";
}

/// <summary>Any page without behaviour of its own, by address.</summary>
public sealed class AppPage(IPage page, string path) : BasePage(page)
{
    public override string Path => path;
}

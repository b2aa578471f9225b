namespace Leerruimte.BrowserTests.Navigation;

/// <summary>
/// Follows, breadth-first, every link on the app's own origin that a signed-in person can reach from a start page,
/// each address (path and query, ids kept) once, and notes every answer that is not a page: a 5xx, a 4xx, or being
/// sent to the login or no-access page by a link the app itself showed. Stops at <see cref="Cap"/> pages, which is
/// then a problem too: a crawl that cannot finish has stopped proving anything.
/// </summary>
public sealed class LinkCrawl(IPage page, Uri origin)
{
    public const int Cap = 600;

    // Following these would end the crawl's sign-in or switch the language of every page after them.
    private static readonly string[] Skipped = ["/uitloggen", "/account/uitloggen", "/taal/"];
    private static readonly string[] SentAway = ["/inloggen", "/geen-toegang"];

    public List<string> Visited { get; } = [];
    public List<string> Problems { get; } = [];

    public async Task RunAsync(string start = "/")
    {
        var queue = new Queue<(string Url, string From)>([(start, "(start)")]);
        var seen = new HashSet<string> { start };
        while (queue.TryDequeue(out var next))
        {
            if (Visited.Count == Cap)
            {
                Problems.Add($"stopped after {Cap} pages with {queue.Count + 1} still to visit; raise the cap if the app really has this many");
                return;
            }
            Visited.Add(next.Url);
            foreach (var link in await VisitAsync(next.Url, next.From))
                if (seen.Add(link)) queue.Enqueue((link, next.Url));
        }
    }

    private async Task<IReadOnlyList<string>> VisitAsync(string url, string from)
    {
        var response = await OpenAsync(url);
        if (response is null) return [];
        if (response.Status >= 400)
        {
            Problems.Add($"{url} (linked from {from}) answered {response.Status}");
            return [];
        }
        var landed = new Uri(page.Url).AbsolutePath;
        if (SentAway.Contains(landed) && !SentAway.Contains(new Uri(origin, url).AbsolutePath))
            Problems.Add($"{url} (linked from {from}) sent the person to {landed}");
        if (!(await response.HeaderValueAsync("content-type") ?? "").StartsWith("text/html", StringComparison.Ordinal)) return [];
        await page.Locator("h1").First.WaitForAsync(); // the console and the beamer draw after their circuit connects
        var links = await page.EvalOnSelectorAllAsync<Link[]>("a[href]", "links => links.map(a => ({ href: a.href, download: a.hasAttribute('download') }))");
        var found = new List<string>();
        foreach (var link in links)
        {
            if (!Uri.TryCreate(link.Href, UriKind.Absolute, out var uri) || !IsOwn(uri)) continue;
            var address = uri.PathAndQuery;
            if (Skipped.Any(s => uri.AbsolutePath == s || (s.EndsWith('/') && uri.AbsolutePath.StartsWith(s, StringComparison.Ordinal)))) continue;
            if (link.Download) await CheckDownloadAsync(address, url);
            else found.Add(address);
        }
        return found;
    }

    /// <summary>Opens a page; an address that turns out to be a file is fetched instead (a browser does not show it).</summary>
    private async Task<IResponse?> OpenAsync(string url)
    {
        try
        {
            return await page.GotoAsync(url);
        }
        catch (PlaywrightException e) when (e.Message.Contains("Download is starting", StringComparison.Ordinal))
        {
            await CheckDownloadAsync(url, "(a page that turned out to be a file)");
            return null;
        }
    }

    private async Task CheckDownloadAsync(string url, string from)
    {
        var response = await page.APIRequest.GetAsync(url, new() { MaxRedirects = 0 });
        if (response.Status >= 300) Problems.Add($"download {url} (linked from {from}) answered {response.Status}");
        await response.DisposeAsync();
    }

    private bool IsOwn(Uri uri) =>
        uri.Scheme == origin.Scheme && uri.Host == origin.Host && uri.Port == origin.Port;

    private sealed class Link
    {
        public string Href { get; set; } = "";
        public bool Download { get; set; }
    }
}

using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Leerruimte.IntegrationTests.Infrastructure;

/// <summary>
/// Finds real addresses for the routes of a <see cref="RouteTable"/> the way a visitor would: from the start
/// page and every page without parameters, following the links and form actions each page shows. The
/// addresses found carry existing ids of the right kind (this person's meeting, measurement, team...).
/// </summary>
public static class RouteCrawl
{
    /// <summary>Addresses (path and query) found per route, at most <paramref name="perRoute"/> each, in the order found.</summary>
    public static async Task<Dictionary<AppRoute, List<string>>> CrawlAsync(HttpClient client, IReadOnlyList<AppRoute> routes, int perRoute = 4)
    {
        var found = new Dictionary<AppRoute, List<string>>();
        var queue = new Queue<string>(routes.Where(r => r.IsPage && r.RouteParameters.Count == 0).Select(r => r.Template).Prepend("/"));
        var seen = new HashSet<string>(queue);
        while (queue.TryDequeue(out var address))
        {
            var page = await HtmlPage.GetAsync(client, address);
            if (page.Status != HttpStatusCode.OK) continue;
            foreach (var link in Links(page.Document))
            {
                if (FindRoute(routes, link) is not { } route) continue;
                var list = found.TryGetValue(route, out var l) ? l : found[route] = [];
                if (list.Count >= perRoute || list.Contains(link)) continue;
                list.Add(link);
                // Only pages are opened: other endpoints switch the language or download a file.
                if (route.IsPage && seen.Add(link)) queue.Enqueue(link);
            }
        }
        return found;
    }

    /// <summary>The route an address belongs to; of several that match, the one with fewest parameters (literal segments win).</summary>
    public static AppRoute? FindRoute(IReadOnlyList<AppRoute> routes, string address)
    {
        var path = address.Split('?', '#')[0];
        return routes.Where(r => r.Accepts("GET") && r.Match(path) is not null).MinBy(r => r.RouteParameters.Count);
    }

    private static IEnumerable<string> Links(IDocument document) =>
        document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!)
            .Concat(document.QuerySelectorAll("form[action]").Select(f => f.GetAttribute("action")!))
            .Select(h => h.Split('#')[0])
            .Where(h => h.StartsWith('/') && !h.StartsWith("//"))
            .Distinct();

    /// <summary>
    /// The fields a form sends as it stands: hidden values, filled and checked inputs, selected options and
    /// text areas; also the names of empty ones (with an empty value), so a test can change each in turn.
    /// </summary>
    public static List<KeyValuePair<string, string>> FieldsOf(IHtmlFormElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.QuerySelectorAll("input[name], select[name], textarea[name]"))
        {
            var name = element.GetAttribute("name")!;
            switch (element)
            {
                case IHtmlInputElement { Type: "submit" or "button" or "image" or "reset" or "file" }:
                    break;
                case IHtmlInputElement { Type: "checkbox" or "radio" } box:
                    if (box.IsChecked) fields.Add(new(name, box.Value));
                    else if (fields.All(f => f.Key != name)) fields.Add(new(name, ""));
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlSelectElement select:
                    fields.Add(new(name, select.SelectedOptions.FirstOrDefault()?.Value ?? select.Options.FirstOrDefault()?.Value ?? ""));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new(name, area.Value));
                    break;
            }
        }
        // A checkbox or radio group that has a checked box keeps only its checked values.
        return fields.Where(f => f.Value.Length > 0 || fields.Count(o => o.Key == f.Key) == 1).ToList();
    }

    /// <summary>The Blazor form name a form posts with (its hidden _handler field), or null.</summary>
    public static string? FormNameOf(IHtmlFormElement form) =>
        form.QuerySelector("input[name=_handler]")?.GetAttribute("value");
}

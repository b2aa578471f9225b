using AngleSharp.Html.Dom;
using Xunit.Abstractions;

namespace Leerruimte.IntegrationTests.Routes;

/// <summary>
/// Walks every route of the generated table, anonymously and as each role, with existing ids and with
/// malformed values in each route parameter, query value and form field: none may answer 500.
/// </summary>
public sealed class MalformedInputTests(WalkApp app, ITestOutputHelper output) : IClassFixture<WalkApp>
{
    private static readonly string[] Malformed =
        ["abc", "99999999999999999999", "-1", "", "7d3f0a52-94b5-4c4e-9a51-2f0c4b8e6d10", "\0", new string('x', 10 * 1024)];

    [Fact]
    public async Task The_walk_finds_an_existing_address_for_every_route()
    {
        var world = await app.WorldAsync();

        var missing = world.Routes.Where(r => r.Accepts("GET") && !r.IsHub && r.RouteParameters.Count > 0)
            .Where(r => !world.Found.Values.Any(found => found.ContainsKey(r))).Select(r => r.Template).ToList();

        Assert.True(missing.Count == 0, "No link to these routes was found; give the walk world something behind them:\n" + string.Join("\n", missing));
    }

    [Fact]
    public async Task No_route_answers_500_to_malformed_route_or_query_values_for_anyone()
    {
        var world = await app.WorldAsync();
        var failures = new List<string>();
        var (sent, opened) = (0, 0);
        foreach (var walker in world.Walkers)
        {
            var client = await walker.ClientAsync(app);
            foreach (var route in world.Routes.Where(r => r.Accepts("GET")))
                foreach (var address in Variants(route, world.AddressesOf(route, walker).FirstOrDefault() ?? route.Template))
                {
                    sent++;
                    if (await SendAsync(client, walker, HttpMethod.Get, address, null, failures) == HttpStatusCode.OK) opened++;
                }
            // Last, as one of them signs out: endpoints that only take a POST (sign-out, hub negotiation), with a malformed body.
            foreach (var route in world.Routes.Where(r => !r.Accepts("GET") && r.RouteParameters.Count == 0))
                foreach (var value in Malformed)
                {
                    sent++;
                    await SendAsync(client, walker, HttpMethod.Post, route.Template, [new("x", value)], failures);
                }
        }

        output.WriteLine($"{sent} requests, {opened} answered 200");
        Assert.InRange(sent, 2000, 100_000);
        Assert.InRange(opened, 200, sent);
        Assert.True(failures.Count == 0, $"{failures.Count} answers of 500:\n" + string.Join("\n", failures.Take(40)));
    }

    [Fact]
    public async Task No_form_answers_500_to_a_malformed_field_for_anyone()
    {
        var world = await app.WorldAsync();
        var failures = new List<string>();
        var (sent, handled) = (0, 0);
        var statuses = new Dictionary<int, int>();
        foreach (var walker in world.Walkers)
        {
            var posted = new HashSet<string>();
            var client = await walker.ClientAsync(app);
            foreach (var route in world.Routes.Where(r => r.IsPage))
            {
                var address = world.AddressesOf(route, walker).FirstOrDefault() ?? route.Template;
                var page = await HtmlPage.GetAsync(client, address);
                if (walker.Email is not null && SentToLogin(page))
                {
                    // A form posted on an earlier page signed this walker out: sign in again.
                    client = await walker.ClientAsync(app);
                    page = await HtmlPage.GetAsync(client, address);
                }
                if (page.Status != HttpStatusCode.OK) continue;
                foreach (var (action, fields) in Forms(page, route).Where(f => posted.Add($"{f.Action} {string.Join(",", f.Fields.Select(x => x.Key))}")))
                    foreach (var field in fields.Select(f => f.Key).Where(k => k is not ("_handler" or "__RequestVerificationToken")).Distinct())
                        foreach (var value in Malformed)
                        {
                            sent++;
                            var body = fields.Where(f => f.Key != field).Append(new(field, value)).ToList();
                            var status = await SendAsync(client, walker, HttpMethod.Post, action, body, failures);
                            statuses[(int?)status ?? 500] = statuses.GetValueOrDefault((int?)status ?? 500) + 1;
                            if (status is not HttpStatusCode.BadRequest) handled++;
                        }
            }
        }

        output.WriteLine($"{sent} posts, {handled} reached a handler or its validation; by status: {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}"))}");
        Assert.InRange(sent, 500, 100_000);
        Assert.True(handled > sent / 2, $"only {handled} of {sent} posts got past the antiforgery and form checks");
        Assert.True(failures.Count == 0, $"{failures.Count} answers of 500:\n" + string.Join("\n", failures.Take(40)));
    }

    /// <summary>The address as found, then with each route parameter and each query value made malformed in turn.</summary>
    private static IEnumerable<string> Variants(AppRoute route, string address)
    {
        yield return address;
        var path = address.Split('?')[0];
        var query = address.Contains('?') ? address[(address.IndexOf('?') + 1)..] : "";
        var values = route.Match(path) is { } matched
            ? route.RouteParameters.ToDictionary(p => p.Name, p => matched[p.Name]?.ToString() ?? "")
            : route.RouteParameters.ToDictionary(p => p.Name, _ => "x");
        // Not NUL in a path: Kestrel refuses %00 there with a 400 before the app sees it (and the test host cannot send it).
        foreach (var parameter in route.RouteParameters)
            foreach (var value in Malformed.Where(v => v != "\0"))
                yield return route.Address(new Dictionary<string, string>(values) { [parameter.Name] = value }) + (query.Length > 0 ? "?" + query : "");
        foreach (var parameter in route.QueryParameters)
            foreach (var value in Malformed)
                yield return $"{path}?{(query.Length > 0 ? query + "&" : "")}{parameter.Name}={Uri.EscapeDataString(value)}";
    }

    /// <summary>
    /// Every form on the page as it stands, plus the forms the page binds by name ([SupplyParameterFromForm])
    /// that this walker was not shown, posted with the page's antiforgery token so their handlers run.
    /// </summary>
    private static IEnumerable<(string Action, List<KeyValuePair<string, string>> Fields)> Forms(HtmlPage page, AppRoute route)
    {
        var token = page.Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
        var shown = page.Document.QuerySelectorAll("form").Cast<IHtmlFormElement>()
            .Where(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase)).ToList();
        foreach (var form in shown)
        {
            var fields = RouteCrawl.FieldsOf(form);
            var model = route.Forms.FirstOrDefault(m => m.FormName == RouteCrawl.FormNameOf(form));
            fields.AddRange((model?.Fields ?? []).Where(f => fields.All(x => x.Key != f.Name)).Select(f => KeyValuePair.Create(f.Name, "")));
            yield return (form.GetAttribute("action") is { Length: > 0 } a ? a : page.Url, fields);
        }
        if (token is null) yield break;
        foreach (var model in route.Forms.Where(m => m.FormName is not null && shown.All(f => RouteCrawl.FormNameOf(f) != m.FormName)))
            yield return (page.Url, [new("_handler", model.FormName!), new("__RequestVerificationToken", token),
                .. model.Fields.Select(f => KeyValuePair.Create(f.Name, ""))]);
    }

    private static async Task<HttpStatusCode?> SendAsync(HttpClient client, Walker walker, HttpMethod method, string address,
        List<KeyValuePair<string, string>>? form, List<string> failures)
    {
        using var request = new HttpRequestMessage(method, address) { Content = form is null ? null : new FormUrlEncodedContent(form) };
        try
        {
            using var response = await client.SendAsync(request);
            return response.StatusCode;
        }
        catch (HttpRequestException e)
        {
            var field = form?.LastOrDefault().Key;
            var cause = e.Message.Split('\n').FirstOrDefault(l => l.Contains("Exception", StringComparison.Ordinal) && !l.Contains("ExceptionHandler") && !l.Contains(" gave 5")) ?? e.Message;
            failures.Add($"{walker}: {method} {Shorten(address)}{(field is null ? "" : $" field {field}={Shorten(form!.Last().Value)}")}: {Shorten(cause.Trim(), 300)}");
            return null;
        }
    }

    private static bool SentToLogin(HtmlPage page) =>
        page.Status == HttpStatusCode.Redirect && page.Response.Headers.Location?.OriginalString.Contains("/inloggen") == true;

    private static string Shorten(string text, int length = 120) => text.Length <= length ? text : text[..length] + "…";
}

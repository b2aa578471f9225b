using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Leerruimte.IntegrationTests.Infrastructure;

/// <summary>A fetched page, parsed as a browser would; forms can be filled and submitted with their antiforgery token.</summary>
public sealed class HtmlPage
{
    private static readonly IBrowsingContext Parser = BrowsingContext.New(Configuration.Default);

    public required HttpResponseMessage Response { get; init; }
    public required IDocument Document { get; init; }
    public required string Url { get; init; }

    public HttpStatusCode Status => Response.StatusCode;
    public string Text => Document.Body?.TextContent ?? "";
    public string Title => Document.Title ?? "";
    public string H1 => Document.QuerySelector("h1")?.TextContent.Trim() ?? "";

    public IEnumerable<string> All(string selector) => Document.QuerySelectorAll(selector).Select(e => e.TextContent.Trim());

    public static async Task<HtmlPage> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        return await FromAsync(response, url);
    }

    public static async Task<HtmlPage> FromAsync(HttpResponseMessage response, string url)
    {
        var html = await response.Content.ReadAsStringAsync();
        var document = await Parser.OpenAsync(req => req.Content(html).Address("http://localhost" + url));
        return new HtmlPage { Response = response, Document = document, Url = url };
    }

    /// <summary>
    /// Submits the form with this Blazor form name (or, when it starts with '/', the form posting to that
    /// address), keeping its hidden fields (antiforgery, handler).
    /// </summary>
    public async Task<HtmlPage> SubmitAsync(HttpClient client, string formName, IEnumerable<KeyValuePair<string, string>> fields, (string Name, string Value)? button = null)
    {
        var form = Form(formName);
        var values = form.QuerySelectorAll("input[type=hidden]").Cast<IHtmlInputElement>()
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value)).ToList();
        var given = fields.Select(f => f.Key).ToHashSet();
        values.RemoveAll(v => given.Contains(v.Key));
        values.AddRange(fields);
        if (button is { } b) values.Add(new(b.Name, b.Value));
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : Url;
        HttpContent content = form.GetAttribute("enctype") == "multipart/form-data"
            ? Multipart(values)
            : new FormUrlEncodedContent(values);
        var response = await client.PostAsync(action, content);
        return await FromAsync(response, action);
    }

    public IHtmlFormElement Form(string formName) =>
        Document.QuerySelectorAll("form").Cast<IHtmlFormElement>().FirstOrDefault(f => Matches(f, formName))
        ?? throw new InvalidOperationException($"No form '{formName}' on {Url} (status {(int)Status}).");

    public bool HasForm(string formName) => Document.QuerySelectorAll("form").Cast<IHtmlFormElement>().Any(f => Matches(f, formName));

    private static bool Matches(IHtmlFormElement form, string formName) =>
        formName.StartsWith('/') ? form.GetAttribute("action") == formName
            : form.QuerySelector($"input[name=_handler][value='{formName}']") is not null;

    private static MultipartFormDataContent Multipart(IEnumerable<KeyValuePair<string, string>> values)
    {
        var content = new MultipartFormDataContent();
        foreach (var (key, value) in values) content.Add(new StringContent(value), key);
        return content;
    }
}

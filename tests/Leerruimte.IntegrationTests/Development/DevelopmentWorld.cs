using System.Net.Http.Headers;

namespace Leerruimte.IntegrationTests.Development;

/// <summary>The plan and the learning log filled in through their pages.</summary>
public static class DevelopmentWorld
{
    public static Dictionary<string, string> Point(string title, string? goal = null) => new()
    {
        ["Input.Title"] = title, ["Input.Goal"] = goal ?? "", ["Input.Motivation"] = "", ["Input.Needs"] = "", ["Input.FirstStep"] = "", ["Input.TargetDate"] = "",
    };

    /// <summary>Adds a development point through its form; returns the point's address.</summary>
    public static async Task<string> NewPointAsync(this HttpClient client, string title, string? query = null, string? goal = null)
    {
        var result = await (await client.PageAsync("/ontwikkelplan/nieuw" + query)).SubmitAsync(client, "point", Point(title, goal));
        return new Uri(new Uri("http://localhost"), result.Response.Headers.Location!).AbsolutePath;
    }

    /// <summary>Adds a learning activity through its form, with a file as a browser sends it (also an empty file field).</summary>
    public static async Task<HtmlPage> AddActivityAsync(this HttpClient client, string title, string kind, int minutes, (string Name, byte[] Content)? file = null)
    {
        var page = await client.PageAsync("/leerlogboek/activiteiten/nieuw");
        var form = page.Form("activity");
        var content = new MultipartFormDataContent();
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden]").Cast<AngleSharp.Html.Dom.IHtmlInputElement>())
            content.Add(new StringContent(hidden.Value), hidden.Name!);
        foreach (var (k, v) in new Dictionary<string, string>
                 { ["Input.Title"] = title, ["Input.Date"] = "2026-10-05", ["Input.Minutes"] = minutes.ToString(), ["Input.Category"] = "Social", ["Input.Kind"] = kind, ["Input.Notes"] = "" })
            content.Add(new StringContent(v), k);
        if (file is { } f)
        {
            var part = new ByteArrayContent(f.Content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            // As a browser sends it, also with no file chosen: filename="" and no content.
            part.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"evidence\"", FileName = $"\"{f.Name}\"" };
            content.Add(part);
        }
        var response = await client.PostAsync("/leerlogboek/activiteiten/nieuw", content);
        return await HtmlPage.FromAsync(response, "/leerlogboek/activiteiten/nieuw");
    }

    /// <summary>Writes a STAR reflection with only its situation filled in.</summary>
    public static async Task<HtmlPage> ReflectAsync(this HttpClient client, string situation) =>
        await (await client.PageAsync("/leerlogboek/reflecties/nieuw")).SubmitAsync(client, "reflection", new Dictionary<string, string>
        {
            ["Input.Date"] = "2026-11-20", ["Input.Situation"] = situation, ["Input.DevelopmentPointId"] = "", ["Input.ActionId"] = "",
        });
}

using Leerruimte.Infrastructure.Privacy;

namespace Leerruimte.IntegrationTests.SocialMap;

/// <summary>The social map as a team member keeps it: through the map's own forms.</summary>
public static class SocialMapWorld
{
    public static string Map(Guid team) => $"/teams/{team}/sociale-kaart";

    public static Dictionary<string, string> Partner(string prefix = "NewPartner", string name = "Schuldhulp Lindenhaven",
        string offer = "Hulp bij schulden en budgetbeheer", string role = "schuldhulpverlener", string contact = "", string reach = "") => new()
    {
        [$"{prefix}.Name"] = name, [$"{prefix}.Offer"] = offer, [$"{prefix}.ContactRole"] = role,
        [$"{prefix}.ContactName"] = contact, [$"{prefix}.Reach"] = reach,
    };

    /// <summary>Adds a partner on the map and returns its page's address.</summary>
    public static async Task<string> AddPartnerAsync(this HttpClient client, Guid team, Dictionary<string, string>? fields = null)
    {
        var result = await (await client.PageAsync(Map(team))).SubmitAsync(client, "new-partner", fields ?? Partner());
        if (result.Status != HttpStatusCode.Redirect) throw new InvalidOperationException($"Adding a partner gave {(int)result.Status}: {result.Text}");
        return result.Response.Headers.Location!.OriginalString.Split('?')[0];
    }

    public static async Task<HtmlPage> NoteGapAsync(this HttpClient client, Guid team, string text, Guid? owner = null, params string[] confirmed) =>
        await (await client.PageAsync(Map(team))).SubmitAsync(client, "new-gap",
            new Dictionary<string, string> { ["NewGap.Text"] = text, ["NewGap.OwnerId"] = owner?.ToString() ?? "", ["NewGap.Status"] = "Open" }
                .Concat(confirmed.Select(k => new KeyValuePair<string, string>(PrivacyGuard.ConfirmField, k))));

    /// <summary>Notes a gap and returns its page's address, found on the map.</summary>
    public static async Task<string> AddGapAsync(this HttpClient client, Guid team, string text = "Geen inloop voor jongeren met schulden in Noord")
    {
        var result = await client.NoteGapAsync(team, text);
        if (result.Status != HttpStatusCode.Redirect) throw new InvalidOperationException($"Noting a gap gave {(int)result.Status}: {result.Text}");
        var map = await client.PageAsync(Map(team));
        return map.Document.QuerySelectorAll(".app-gap a").First(a => a.TextContent.Trim() == text).GetAttribute("href")!;
    }
}

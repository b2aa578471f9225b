using Leerruimte.Features.Cases;
using Leerruimte.Infrastructure.Privacy;

namespace Leerruimte.IntegrationTests.Cases;

/// <summary>Writing cases as a team member does, through the case page.</summary>
public static class CaseWorld
{
    public static Dictionary<string, string> Case(string title, string situation = "Een vader wil geen hulp bij de schulden.", string tags = "", string question = "") => new()
    {
        ["Input.Title"] = title, ["Input.Situation"] = situation, ["Input.Question"] = question, ["Input.DevelopmentQuestion"] = "", ["Input.Tags"] = tags,
    };

    public static async Task<HtmlPage> WriteCaseAsync(this HttpClient client, Guid teamId, Dictionary<string, string> fields, params string[] confirmed)
    {
        var form = await client.PageAsync($"/teams/{teamId}/casuistiek/nieuw");
        return await form.SubmitAsync(client, "case", fields.Concat(confirmed.Select(k => new KeyValuePair<string, string>(PrivacyGuard.ConfirmField, k))));
    }

    /// <summary>Writes a case and returns its address; fails the test when it was not saved.</summary>
    public static async Task<string> NewCaseAsync(this HttpClient client, Guid teamId, string title, string situation = "Een vader wil geen hulp bij de schulden.", string tags = "")
    {
        var saved = await client.WriteCaseAsync(teamId, Case(title, situation, tags));
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        return saved.Response.Headers.Location!.OriginalString;
    }
}

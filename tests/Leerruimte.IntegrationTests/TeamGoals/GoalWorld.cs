using System.Text.Json;
using Leerruimte.Infrastructure;

namespace Leerruimte.IntegrationTests.TeamGoals;

/// <summary>Team goals as a member makes and keeps them: through the pages' own forms.</summary>
public static class GoalWorld
{
    public static Dictionary<string, string> Goal(string title = "Binnen vijf werkdagen een eerste gesprek", string unit = "%",
        string start = "55", string target = "80", string targetDate = "") => new()
    {
        ["Input.Title"] = title, ["Input.Description"] = "", ["Input.Unit"] = unit,
        ["Input.Start"] = start, ["Input.Target"] = target, ["Input.TargetDate"] = targetDate,
    };

    /// <summary>Adds a goal on the team's goal list and returns its page's address.</summary>
    public static async Task<string> AddGoalAsync(this HttpClient client, Guid team, Dictionary<string, string>? fields = null)
    {
        var result = await (await client.PageAsync($"/teams/{team}/doelen")).SubmitAsync(client, "new-goal", fields ?? Goal());
        if (result.Status != HttpStatusCode.Redirect) throw new InvalidOperationException($"Adding a goal gave {(int)result.Status}: {result.Text}");
        return result.Response.Headers.Location!.OriginalString.Split('?')[0];
    }

    public static async Task<HtmlPage> RecordAsync(this HttpClient client, string goalPage, DateOnly date, string value) =>
        await (await client.PageAsync(goalPage)).SubmitAsync(client, "record-value",
            new Dictionary<string, string> { ["Value.Date"] = date.ToString("yyyy-MM-dd"), ["Value.Value"] = value });

    public static DateOnly Today(this LeerruimteApp app) => DutchTime.DateOf(app.UtcNow);

    /// <summary>The numbers js/charts.js would draw: the chart's data-chart attribute.</summary>
    public static JsonElement ChartData(this HtmlPage page) =>
        JsonDocument.Parse(page.Document.QuerySelector("[data-chart]")!.GetAttribute("data-chart")!).RootElement;
}

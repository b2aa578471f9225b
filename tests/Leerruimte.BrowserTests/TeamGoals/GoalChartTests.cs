using Leerruimte.Features.Demo;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Leerruimte.BrowserTests.TeamGoals;

/// <summary>
/// The demo team's goal on a phone and on a beamer: chart.js draws the chart (the policy check of BrowserTest fails the
/// test on anything blocked), the table behind it is reached with Tab, and axe finds nothing serious.
/// </summary>
public sealed class GoalChartTests(BrowserSuite suite, ITestOutputHelper output) : BrowserTest(suite, output)
{
    public static TheoryData<string, int, int> Screens => new() { { "phone", 390, 844 }, { "beamer", 1920, 1080 } };

    private static readonly string Reader = DemoAccounts.TeamNoord[2].Email;
    private const string Goal = "Na elke aanmelding binnen vijf werkdagen een eerste gesprek";

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task The_goal_page_draws_the_chart_and_its_table_is_reached_by_tab(string screen, int width, int height)
    {
        // A member who only reads the goal here (the trainer used to, until trainers left teams: ADR 0013).
        var page = await NewPageSignedInAsAsync(Reader, new ViewportSize { Width = width, Height = height });
        var goals = await TeamGoalsPage.FromStartPageAsync(page, DemoTeamGoals.Team);
        await Expect(goals.Goals.Filter(new() { HasText = Goal })).ToContainTextAsync("van de weg naar de streefwaarde afgelegd");
        await Accessibility.CheckAsync(goals, screen);

        var goal = await goals.OpenAsync(Goal);
        await goal.WaitForChartAsync();

        var box = await goal.Canvas.BoundingBoxAsync();
        Assert.True(box is { Width: > 100, Height: > 100 }, $"canvas {box?.Width}x{box?.Height}");
        Assert.Equal("true", await goal.Canvas.Locator("..").GetAttributeAsync("aria-hidden"));
        Assert.Equal(6, await goal.Rows.CountAsync());
        Assert.Equal(6, await page.EvaluateAsync<int>("() => Chart.getChart(document.querySelector('.app-data-chart canvas')).data.datasets[0].data.length"));
        Assert.True(await TabUntilAsync(page, "[role=region]"), "the chart's table was not reached with Tab");
        await Expect(goal.Table).ToBeFocusedAsync();
        await Screenshots.TakeAsync(page, $"team-goal-{screen}", fullPage: screen == "phone");
        await Screenshots.TakeAsync(goal.Chart, $"team-goal-chart-{screen}");
        await Accessibility.CheckAsync(goal, screen);
        Accessibility.ShouldHaveFoundNoSeriousViolations();
    }

    [Fact]
    public async Task Without_script_the_goal_page_shows_the_table_alone()
    {
        var context = await Suite.NewContextAsync(new() { JavaScriptEnabled = false, StorageState = await Suite.SignedInStateAsync(Reader) });
        try
        {
            var page = await context.NewPageAsync();
            var goal = await (await TeamGoalsPage.FromStartPageAsync(page, DemoTeamGoals.Team)).OpenAsync(Goal);

            await Expect(goal.Canvas).ToBeHiddenAsync();
            await Expect(goal.Table).ToBeVisibleAsync();
            Assert.Equal(6, await goal.Rows.CountAsync());
        }
        finally { await context.CloseAsync(); }
    }

    /// <summary>Presses Tab from the top of the page until the element matching the selector has focus.</summary>
    private static async Task<bool> TabUntilAsync(IPage page, string selector)
    {
        await page.EvaluateAsync("() => { document.activeElement?.blur(); window.scrollTo(0, 0); }");
        for (var i = 0; i < 60; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>($"() => document.activeElement?.matches({System.Text.Json.JsonSerializer.Serialize(selector)}) ?? false")) return true;
        }
        return false;
    }
}

using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Leerruimte.BrowserTests.Pages;

/// <summary>A dashboard (/dashboard or /teams/{id}/dashboard): the filters, a chart or a table per measure, its files and the print view.</summary>
public sealed class DashboardPage(IPage page, string path) : BasePage(page)
{
    public override string Path => path;

    public ILocator Year => Page.GetByLabel("Jaar");
    public ILocator Charts => Page.Locator("main .app-data-chart");
    public ILocator PrintLink => Page.GetByRole(AriaRole.Link, new() { Name = "Afdrukken op A4 (alle tabellen)" });

    public ILocator Table(string caption) => Page.Locator("main table").Filter(new() { Has = Page.Locator("caption", new() { HasTextRegex = new Regex("^" + Regex.Escape(caption)) }) });

    /// <summary>The leader's way in: "Dashboard van mijn teams" (or an admin's "Dashboard van de organisatie") on the start page.</summary>
    public static async Task<DashboardPage> FromStartPageAsync(IPage page, string link)
    {
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/dashboard$"));
        return new DashboardPage(page, "/dashboard");
    }

    /// <summary>Chooses a year in the filters and shows it (a GET form: the view gets its own address).</summary>
    public async Task ShowYearAsync(int year)
    {
        await Year.SelectOptionAsync(year.ToString());
        await Page.GetByRole(AriaRole.Button, new() { Name = "Tonen" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex($"jaar={year}"));
    }

    public async Task<DashboardPage> OpenTeamAsync(string team)
    {
        await Page.Locator("main table").First.GetByRole(AriaRole.Link, new() { Name = team }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/teams/[0-9a-f-]{36}/dashboard"));
        return new DashboardPage(Page, new Uri(Page.Url).PathAndQuery);
    }

    /// <summary>Waits until js/charts.js has drawn every chart on the page.</summary>
    public async Task WaitForChartsAsync()
    {
        var count = await Charts.CountAsync();
        for (var i = 0; i < count; i++) await Expect(Charts.Nth(i)).ToHaveClassAsync(new Regex("app-data-chart--drawn"));
    }
}

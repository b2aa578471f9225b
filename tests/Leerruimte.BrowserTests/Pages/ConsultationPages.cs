using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Leerruimte.BrowserTests.Pages;

/// <summary>The team's page (/teams/{id}), reached from the start page by the team's name.</summary>
public sealed partial class TeamHomePage(IPage page, Guid id) : BasePage(page)
{
    public Guid Id => id;
    public override string Path => $"/teams/{id}";

    /// <summary>Follows the team's name on the start page.</summary>
    public static async Task<TeamHomePage> FromStartAsync(IPage page, string team)
    {
        await page.GotoAsync("/");
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = team, Exact = true }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(Address());
        var home = new TeamHomePage(page, Guid.Parse(Address().Match(page.Url).Groups[1].Value));
        await Expect(home.Heading).ToHaveTextAsync(team);
        return home;
    }

    [GeneratedRegex("/teams/([0-9a-f-]{36})$")]
    private static partial Regex Address();
}

/// <summary>The team's case library (/teams/{id}/casuistiek): a card per case.</summary>
public sealed class CaseLibraryPage(IPage page, Guid team) : BasePage(page)
{
    public override string Path => $"/teams/{team}/casuistiek";

    public ILocator Cases => Page.Locator(".app-cards h2");
}

/// <summary>Writing a case (/teams/{id}/casuistiek/nieuw); the privacy guard's findings come back marked in the text.</summary>
public sealed class NewCasePage(IPage page, Guid team) : BasePage(page)
{
    public override string Path => $"/teams/{team}/casuistiek/nieuw";

    public ILocator Findings => Page.Locator(".app-privacy mark");

    public async Task SaveAsync(string title, string situation)
    {
        await Page.Locator("#case-title").FillAsync(title);
        await Page.Locator("#case-situation").FillAsync(situation);
        await Page.Locator("main form button[type=submit]").First.ClickAsync();
    }
}

/// <summary>Planning a consultation (/teams/{id}/casusoverleg/nieuw): method, case, who brings it in, when; the planner chairs.</summary>
public sealed partial class PlanConsultationPage(IPage page, Guid team) : BasePage(page)
{
    public override string Path => $"/teams/{team}/casusoverleg/nieuw";

    public async Task<ConsultationPage> PlanAsync(string method, string caseTitle, string bringer, DateTime dutchStart, string place)
    {
        await Page.Locator("#consultation-method").SelectOptionAsync(method);
        await Page.Locator("#case").SelectOptionAsync(new SelectOptionValue { Label = caseTitle });
        await Page.Locator("#bringer").SelectOptionAsync(new SelectOptionValue { Label = bringer });
        await Page.Locator("#date").FillAsync(dutchStart.ToString("yyyy-MM-dd"));
        await Page.Locator("#time").FillAsync(dutchStart.ToString("HH:mm"));
        await Page.Locator("#place").FillAsync(place);
        await Page.Locator("main form button[type=submit]").ClickAsync();
        await Expect(Page).ToHaveURLAsync(Address());
        return new ConsultationPage(Page, Guid.Parse(Address().Match(Page.Url).Groups[1].Value));
    }

    /// <summary>Plans the consultation as a fixed agenda item, <paramref name="times"/> times, with no case yet.</summary>
    public async Task<ConsultationPage> PlanSeriesAsync(string method, string rhythm, int times, DateTime dutchStart)
    {
        await Page.Locator("#consultation-method").SelectOptionAsync(method);
        await Page.Locator("#date").FillAsync(dutchStart.ToString("yyyy-MM-dd"));
        await Page.Locator("#time").FillAsync(dutchStart.ToString("HH:mm"));
        await Page.Locator("#rhythm").SelectOptionAsync(new SelectOptionValue { Label = rhythm });
        await Page.Locator("#times").FillAsync(times.ToString());
        await Page.Locator("main form button[type=submit]").ClickAsync();
        await Expect(Page).ToHaveURLAsync(Address());
        return new ConsultationPage(Page, Guid.Parse(Address().Match(Page.Url).Groups[1].Value));
    }

    [GeneratedRegex("/casusoverleg/([0-9a-f-]{36})$")]
    private static partial Regex Address();
}

/// <summary>One consultation (/casusoverleg/{id}): when, who, the case, its actions, and after the close the attendance.</summary>
public sealed class ConsultationPage(IPage page, Guid id) : BasePage(page)
{
    public Guid Id => id;
    public override string Path => $"/casusoverleg/{id}";

    public string ConsolePath => $"/casusoverleg/{id}/console";
    public string BeamerPath => $"/casusoverleg/{id}/beamer";
    public string PhonePath => $"/casusoverleg/{id}/meedoen";

    /// <summary>The attendance table after the close: per name, present and confirmed.</summary>
    public ILocator AttendanceRow(string name) => Page.Locator("tbody tr").Filter(new() { Has = Page.Locator("td", new() { HasTextString = name }) });

    public ILocator CaseChoice => Page.Locator("main form:not([hidden]) #case");

    /// <summary>Chooses the case and who brings it in, before the consultation starts.</summary>
    public async Task ChooseCaseAsync(string caseTitle, string bringer)
    {
        await CaseChoice.SelectOptionAsync(new SelectOptionValue { Label = caseTitle });
        await Page.Locator("#bringer").SelectOptionAsync(new SelectOptionValue { Label = bringer });
        await SubmitAsync(Page.GetByRole(AriaRole.Button, new() { Name = "Casus opslaan" }));
        await Expect(Page.Locator("main .utrecht-alert--ok")).ToContainTextAsync("De casus is opgeslagen.");
    }

    private ILocator ChangeSaid => Page.Locator("section[aria-labelledby=change-heading] .utrecht-alert--ok");

    /// <summary>The chair moves it to another time, with the plain form at the bottom of the page.</summary>
    public async Task MoveAsync(DateTime local)
    {
        await Page.Locator("#move-date").FillAsync(local.ToString("yyyy-MM-dd"));
        await Page.Locator("#move-time").FillAsync(local.ToString("HH:mm"));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Verplaatsen" }).ClickAsync();
        await Expect(ChangeSaid).ToContainTextAsync("Het casusoverleg is verplaatst");
    }

    /// <summary>The chair cancels only this one of its series.</summary>
    public async Task CancelOnlyThisAsync()
    {
        await Page.GetByLabel("Alleen dit casusoverleg").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Casusoverleg afzeggen" }).ClickAsync();
        await Expect(ChangeSaid).ToContainTextAsync("Afgezegd");
    }

    public async Task<ConsolePage> OpenConsoleAsync()
    {
        await Page.Locator($"main a[href='{ConsolePath}']").ClickAsync();
        var console = new ConsolePage(Page, id, ConsolePath);
        await console.ShouldBeLoadedAsync();
        return console;
    }
}

/// <summary>What only a consultation's console has: turning a note of the current step into a team action, and its close.</summary>
public static class ConsultationConsole
{
    public static ILocator Actions(this ConsolePage console) => console.Root.Locator(".app-actions-panel__list .app-actions-panel__text");

    public static ILocator StartConsultationButton(this ConsolePage console) => console.Root.GetByRole(AriaRole.Button, new() { Name = "Start het casusoverleg" });

    public static async Task StartConsultationAsync(this ConsolePage console)
    {
        await console.StartConsultationButton().ClickAsync();
        await Expect(console.CurrentAgendaButton).ToHaveCountAsync(1);
    }

    public static async Task MakeActionOfAsync(this ConsolePage console, string note)
    {
        await console.Root.Locator(".app-actions-panel__notes li", new() { HasTextString = note }).GetByRole(AriaRole.Button).ClickAsync();
        await Expect(console.Actions().Filter(new() { HasTextString = note })).ToHaveCountAsync(1);
    }

    public static async Task CloseConsultationAsync(this ConsolePage console)
    {
        await console.Root.GetByRole(AriaRole.Button, new() { Name = "Casusoverleg afsluiten" }).ClickAsync();
        await console.Root.GetByRole(AriaRole.Button, new() { Name = "Ja, afsluiten" }).ClickAsync();
        await Expect(console.Root.Locator(".utrecht-alert--ok")).ToContainTextAsync("Het casusoverleg is afgesloten.");
    }
}

using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Leerruimte.BrowserTests.AgendaSessions;

/// <summary>A page of a team session (planning form or live screen), at the address it was opened at.</summary>
public sealed class AgendaScreen(IPage page) : BasePage(page)
{
    public override string Path => new Uri(Page.Url).AbsolutePath;

    public ILocator Items => Page.Locator(".app-agenda-editor__title");

    public async Task AddAsync(string workForm)
    {
        // Each step below waits for what the answer shows (one item more, the new order), so no step can run ahead of it.
        var before = await Items.CountAsync();
        await Page.Locator("#pick").SelectOptionAsync(new SelectOptionValue { Label = workForm });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Toevoegen" }).ClickAsync();
        await Expect(Items).ToHaveCountAsync(before + 1, new() { Timeout = 20_000 });
    }
}

/// <summary>
/// Issue 11, item 5 in a real browser: a facilitator composes a team session from two work forms (adds, changes the
/// minutes, moves one), plans and starts it; the beamer and one phone follow, a note goes on the board, the session
/// closes and the phone confirms attendance; axe on every screen.
/// </summary>
public sealed class AgendaSessionWalkTests(BrowserSuite suite, ITestOutputHelper output) : BrowserTest(suite, output)
{
    private static readonly LocatorAssertionsToHaveCountOptions Soon = new() { Timeout = 5_000 };

    [Fact]
    public async Task A_facilitator_composes_a_short_agenda_and_runs_it_with_the_beamer_and_a_phone()
    {
        var chair = await NewPageSignedInAsAsync(DemoAccounts.Facilitator);
        await chair.GotoAsync("/teams");
        await chair.GetByRole(AriaRole.Link, new() { Name = "Wijkteam Noord" }).ClickAsync();
        await chair.GetByRole(AriaRole.Link, new() { Name = "Teamsessies", Exact = true }).ClickAsync();
        await chair.GetByRole(AriaRole.Link, new() { Name = "Nieuwe teamsessie" }).ClickAsync();
        var plan = new AgendaScreen(chair);
        await chair.Locator("#title").FillAsync("Teamochtend in de wijk");
        await plan.AddAsync("Mindmap (20 minuten)");
        await plan.AddAsync("Evalueren met bloem, vriezer, prullenbak en zaadje (20 minuten)");
        await Expect(chair.Locator("#agenda-total")).ToHaveTextAsync("Totaal: 40 minuten");
        await chair.Locator("#minutes-1").FillAsync("10");
        await chair.GetByRole(AriaRole.Button, new() { Name = "Omhoog: Evalueren met bloem, vriezer, prullenbak en zaadje" }).ClickAsync();
        await Expect(plan.Items).ToHaveTextAsync(["Evalueren met bloem, vriezer, prullenbak en zaadje", "Mindmap"]);
        await Expect(chair.Locator("#minutes-0")).ToHaveValueAsync("10");
        await Expect(chair.Locator("#agenda-total")).ToHaveTextAsync("Totaal: 30 minuten");
        await Accessibility.CheckAsync(plan, "team session, planning");

        await chair.GetByRole(AriaRole.Button, new() { Name = "Teamsessie plannen" }).ClickAsync();
        await Expect(chair.Locator("h1")).ToHaveTextAsync("Teamochtend in de wijk");
        await Accessibility.CheckAsync(new AgendaScreen(chair), "team session page, planned");
        var agenda = new Uri(chair.Url).AbsolutePath.Split('/')[2];
        await chair.GetByRole(AriaRole.Link, new() { Name = "Begeleidersscherm openen" }).ClickAsync();
        await chair.WaitForURLAsync("**/console");
        var console = new AgendaScreen(chair);
        await chair.GetByRole(AriaRole.Button, new() { Name = "Start de teamsessie" }).ClickAsync();
        await Expect(chair.Locator(".app-console__clock")).ToBeVisibleAsync();

        var beamerPage = await NewPageSignedInAsAsync(DemoAccounts.Facilitator, new() { Width = 1280, Height = 720 });
        await beamerPage.GotoAsync($"/teamsessies/{agenda}/beamer");
        var beamer = new AgendaScreen(beamerPage);
        var (email, _) = DemoAccounts.TeamNoord.First();
        var phonePage = await NewPageSignedInAsAsync(email, Phone);
        await phonePage.GotoAsync($"/teamsessies/{agenda}/meedoen");
        var phone = new AgendaScreen(phonePage);
        await Expect(phonePage.Locator("[data-item-title]")).ToHaveTextAsync("Evalueren met bloem, vriezer, prullenbak en zaadje · Uitleg");
        await Expect(beamerPage.Locator(".app-beamer__item")).ToContainTextAsync("Uitleg");
        await Accessibility.CheckAsync(console, "team session console");
        await Accessibility.CheckAsync(beamer, "team session beamer");
        await Accessibility.CheckAsync(phone, "team session phone");

        await chair.GetByRole(AriaRole.Button, new() { Name = "Volgend onderdeel" }).ClickAsync();
        await Expect(phonePage.Locator("[data-item-title]")).ToHaveTextAsync("Evalueren met bloem, vriezer, prullenbak en zaadje · Geeltjes schrijven");
        await phonePage.Locator("#note-text").FillAsync("Vaker samen op huisbezoek");
        await phonePage.GetByRole(AriaRole.Button, new() { Name = "Op het bord zetten" }).ClickAsync();
        await Expect(beamerPage.Locator(".app-note", new() { HasText = "Vaker samen op huisbezoek" })).ToHaveCountAsync(1, Soon);
        await Expect(chair.Locator(".app-note", new() { HasText = "Vaker samen op huisbezoek" })).ToHaveCountAsync(1, Soon);
        await Screenshots.TakeAsync(beamerPage, "agenda-beamer-note", fullPage: false);

        await chair.GetByRole(AriaRole.Button, new() { Name = "Teamsessie afsluiten" }).ClickAsync();
        await chair.GetByRole(AriaRole.Button, new() { Name = "Ja, afsluiten" }).ClickAsync();
        await Expect(phonePage.Locator("[data-item-title]")).ToContainTextAsync("afgesloten", new() { Timeout = 5_000 });
        await phonePage.ReloadAsync();
        await phonePage.GetByRole(AriaRole.Button, new() { Name = "Ik was erbij" }).ClickAsync();
        await Expect(phonePage.GetByText("Je hebt bevestigd dat je erbij was.")).ToBeVisibleAsync();
        await Accessibility.CheckAsync(phone, "team session phone, confirmed");

        await chair.GotoAsync($"/teamsessies/{agenda}");
        await Expect(chair.Locator("main")).ToContainTextAsync("Vaker samen op huisbezoek");
        await Accessibility.CheckAsync(new AgendaScreen(chair), "team session page, held");
        Accessibility.ShouldHaveFoundNoSeriousViolations();
    }
}

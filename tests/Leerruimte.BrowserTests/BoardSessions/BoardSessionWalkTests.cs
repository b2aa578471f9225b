using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Leerruimte.BrowserTests.BoardSessions;

/// <summary>A page of a board session's screens, at the address it was opened at.</summary>
public sealed class BoardScreen(IPage page) : BasePage(page)
{
    public override string Path => new Uri(Page.Url).AbsolutePath;

    public ILocator Notes => Page.Locator(".app-note");
}

/// <summary>
/// Issue 11, item 3 in a real browser: a chair starts the weekly board session from the team's page, two phones join,
/// a success and an action go on the board, the goals show as a chart on the beamer, an idea becomes a team action
/// and comes back at the next week's board session; axe on every screen.
/// </summary>
public sealed class BoardSessionWalkTests(BrowserSuite suite, ITestOutputHelper output) : BrowserTest(suite, output)
{
    private static readonly LocatorAssertionsToHaveCountOptions Soon = new() { Timeout = 5_000 };
    private static readonly ViewportSize Beamer = new() { Width = 1920, Height = 1080 };

    private async Task<BoardScreen> StartFromTheTeamPageAsync(IPage chair)
    {
        await chair.GotoAsync("/teams");
        await chair.GetByRole(AriaRole.Link, new() { Name = "Wijkteam Noord" }).ClickAsync();
        await chair.GetByRole(AriaRole.Link, new() { Name = "Bordsessie", Exact = true }).ClickAsync();
        await Expect(chair.Locator("h1")).ToHaveTextAsync("Bordsessie");
        await chair.GetByRole(AriaRole.Button, new() { Name = "Naar de bordsessie" }).ClickAsync();
        await chair.WaitForURLAsync("**/console");
        var console = new BoardScreen(chair);
        await chair.GetByRole(AriaRole.Button, new() { Name = "Start de bordsessie" }).ClickAsync();
        await Expect(chair.Locator(".app-console__clock")).ToBeVisibleAsync();
        return console;
    }

    private static Task NextAsync(IPage console) => console.GetByRole(AriaRole.Button, new() { Name = "Volgend onderdeel" }).ClickAsync();

    private static async Task AddNoteAsync(IPage phone, string text)
    {
        await phone.Locator("#note-text").FillAsync(text);
        await phone.GetByRole(AriaRole.Button, new() { Name = "Op het bord zetten" }).ClickAsync();
        await Expect(phone.Locator(".app-note", new() { HasText = text })).ToHaveCountAsync(1, Soon);
    }

    [Fact]
    public async Task A_board_session_shows_the_goals_turns_an_idea_into_an_action_and_brings_it_back_next_week()
    {
        var chair = await NewPageSignedInAsAsync(DemoAccounts.Facilitator);
        var console = await StartFromTheTeamPageAsync(chair);
        var board = console.Path.Split('/')[2];
        var beamerPage = await NewPageSignedInAsAsync(DemoAccounts.Facilitator, Beamer);
        await beamerPage.GotoAsync($"/bordsessies/{board}/beamer");
        var beamer = new BoardScreen(beamerPage);
        // The code on the console and the beamer's corner; the first phone types it, the second follows the link.
        var code = (await chair.Locator(".app-console__header .app-join__code [data-code]").InnerTextAsync()).Trim();
        await Expect(beamerPage.Locator(".app-beamer__footer .app-join__code [data-code]")).ToHaveTextAsync(code);
        var phones = new List<BoardScreen>();
        foreach (var (email, _) in DemoAccounts.TeamNoord.Take(2))
        {
            var phone = await NewPageSignedInAsAsync(email, Phone);
            if (phones.Count == 0)
            {
                var join = new JoinPage(phone);
                await join.GotoAsync();
                await join.Code.FillAsync(code);
                await join.Submit.ClickAsync();
                await phone.WaitForURLAsync($"**/bordsessies/{board}/meedoen");
            }
            else await phone.GotoAsync($"/bordsessies/{board}/meedoen");
            await Expect(phone.Locator("[data-item-title]")).ToHaveTextAsync("Check-in");
            phones.Add(new BoardScreen(phone));
        }
        await Accessibility.CheckAsync(console, "board console, check-in");
        await Accessibility.CheckAsync(phones[0], "board phone, check-in");

        await NextAsync(chair);
        await Expect(phones[0].Page.Locator("[data-item-title]")).ToHaveTextAsync("Successen");
        await AddNoteAsync(phones[0].Page, "Twee nieuwe vrijwilligers voor het taalcafé");
        await Expect(beamer.Notes.Filter(new() { HasText = "taalcafé" })).ToHaveCountAsync(1, Soon);

        await NextAsync(chair);
        await Expect(beamerPage.Locator(".app-board-goals")).ToContainTextAsync("binnen vijf werkdagen");
        await Expect(beamerPage.Locator(".app-data-chart--drawn canvas")).ToHaveCountAsync(1, Soon);
        await Accessibility.CheckAsync(beamer, "board beamer, goals");
        await Screenshots.TakeAsync(beamerPage, "board-beamer-goals", fullPage: false);

        await NextAsync(chair);
        const string idea = "Wachtlijst bespreken met de gemeente";
        await AddNoteAsync(phones[1].Page, idea);
        var panel = chair.Locator(".app-actions-panel");
        await Expect(panel.Locator(".app-actions-panel__notes li", new() { HasText = idea })).ToHaveCountAsync(1, Soon);
        await panel.GetByRole(AriaRole.Button, new() { Name = $"Wordt een actie: {idea}" }).ClickAsync();
        await Expect(panel.Locator(".app-actions-panel__row", new() { HasText = idea })).ToHaveCountAsync(1, Soon);
        await Expect(beamerPage.Locator(".app-board-actions li", new() { HasText = idea })).ToHaveCountAsync(1, Soon); // at once, not at the next step
        await Accessibility.CheckAsync(console, "board console, actions");
        await Screenshots.TakeAsync(chair, "board-console-actions");

        await NextAsync(chair);
        await chair.GetByRole(AriaRole.Button, new() { Name = "Bordsessie afsluiten" }).ClickAsync();
        await chair.GetByRole(AriaRole.Button, new() { Name = "Ja, afsluiten" }).ClickAsync();
        await Expect(phones[0].Page.Locator("[data-item-title]")).ToContainTextAsync("afgesloten", new() { Timeout = 5_000 });

        var list = new BoardScreen(chair);
        await chair.GotoAsync("/teams");
        await chair.GetByRole(AriaRole.Link, new() { Name = "Wijkteam Noord" }).ClickAsync();
        await chair.GetByRole(AriaRole.Link, new() { Name = "Actielijst" }).ClickAsync();
        await Expect(chair.Locator(".app-cards h2", new() { HasText = idea })).ToHaveCountAsync(1);
        await Accessibility.CheckAsync(list, "team actions");

        var nextWeek = await StartFromTheTeamPageAsync(chair);
        await Expect(chair.Locator(".app-actions-panel")).ToContainTextAsync("Nog open van eerdere keren");
        await Expect(chair.Locator(".app-actions-panel__row", new() { HasText = idea })).ToHaveCountAsync(1);
        var nextBeamer = await NewPageSignedInAsAsync(DemoAccounts.Facilitator, Beamer);
        await nextBeamer.GotoAsync($"/bordsessies/{nextWeek.Path.Split('/')[2]}/beamer");
        await Expect(nextBeamer.Locator(".app-board-actions li", new() { HasText = idea })).ToHaveCountAsync(1, Soon);
        Accessibility.ShouldHaveFoundNoSeriousViolations();
    }
}

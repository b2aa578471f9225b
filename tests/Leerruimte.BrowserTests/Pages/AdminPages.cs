using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Leerruimte.BrowserTests.Pages;

/// <summary>The admin start page /beheer with its sections.</summary>
public sealed class AdminPage(IPage page) : BasePage(page)
{
    public override string Path => "/beheer";

    public ILocator SectionLinks => Page.Locator("main .app-card a");
}

public sealed class TeamsPage(IPage page) : BasePage(page)
{
    public override string Path => "/beheer/teams";

    public ILocator TeamLinks => Page.Locator("main table a[href^='/beheer/teams/']");

    public async Task<AppPage> OpenTeamAsync(string name)
    {
        await TeamLinks.GetByText(name, new() { Exact = true }).ClickAsync();
        await Expect(Heading).ToHaveTextAsync(name);
        return new AppPage(Page, new Uri(Page.Url).AbsolutePath);
    }
}

public sealed class PeoplePage(IPage page) : BasePage(page)
{
    public override string Path => "/beheer/mensen";

    public ILocator PersonLinks => Page.Locator("main table a[href^='/beheer/mensen/']");

    public async Task<AppPage> OpenPersonAsync(string name)
    {
        await PersonLinks.GetByText(name, new() { Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/beheer/mensen/[0-9a-f-]{36}$"));
        await Expect(Heading).ToHaveTextAsync(name);
        return new AppPage(Page, new Uri(Page.Url).AbsolutePath);
    }
}

/// <summary>The organisation's sent e-mail (/beheer/outbox).</summary>
public sealed class OutboxPage(IPage page) : BasePage(page)
{
    public override string Path => "/beheer/outbox";
}

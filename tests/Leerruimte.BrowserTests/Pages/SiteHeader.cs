using static Microsoft.Playwright.Assertions;

namespace Leerruimte.BrowserTests.Pages;

/// <summary>The header on every screen page: logo, main navigation, language switch, who is signed in.</summary>
public sealed class SiteHeader(IPage page)
{
    public ILocator Root => page.Locator("header.app-header");
    public ILocator Navigation => Root.Locator("nav.app-nav");
    public ILocator LanguageSwitch => Root.Locator("a.app-lang");
    public ILocator SignedInAs => Root.Locator(".app-header__user");

    public ILocator NavigationLink(string text) => Navigation.GetByRole(AriaRole.Link, new() { Name = text, Exact = true });

    /// <summary>Follows the language link and waits until the page is in the other language.</summary>
    public async Task SwitchLanguageAsync()
    {
        var before = await page.Locator("html").GetAttributeAsync("lang");
        await LanguageSwitch.ClickAsync();
        await Expect(page.Locator("html")).Not.ToHaveAttributeAsync("lang", before ?? "");
    }
}

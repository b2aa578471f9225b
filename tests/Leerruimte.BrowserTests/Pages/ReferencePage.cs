using static Microsoft.Playwright.Assertions;

namespace Leerruimte.BrowserTests.Pages;

/// <summary>The reference pages (naslag): reference lists that fold open, and the work forms.</summary>
public sealed class ReferencePage(IPage page) : BasePage(page)
{
    public override string Path => "/naslag";

    public ILocator Lists => Page.Locator("main details");
    public ILocator WorkFormLinks => Page.Locator("main a[href^='/naslag/werkvormen/']");

    /// <summary>Opens every folded list, so what is inside is checked too.</summary>
    public async Task UnfoldAllListsAsync()
    {
        foreach (var list in await Lists.AllAsync())
        {
            await list.Locator("summary").ClickAsync();
            await Expect(list).ToHaveAttributeAsync("open", "");
        }
    }

    public async Task<IReadOnlyList<string>> WorkFormAddressesAsync()
    {
        var addresses = new List<string>();
        foreach (var link in await WorkFormLinks.AllAsync()) addresses.Add((await link.GetAttributeAsync("href"))!);
        return addresses;
    }
}

using static Microsoft.Playwright.Assertions;

namespace Leerruimte.BrowserTests.Pages;

/// <summary>The reference pages (naslag): reference lists that fold open, and the work forms.</summary>
public sealed class ReferencePage(IPage page) : BasePage(page)
{
    public override string Path => "/naslag";

    public ILocator Lists => Page.Locator("main details");
    public ILocator WorkFormLinks => Page.Locator("main a[href^='/naslag/werkvormen/']");
    public ILocator CaseAssignmentsLink => Page.Locator("main a[href='/naslag/casusopdrachten']");

    /// <summary>Opens every folded list, so what is inside is checked too.</summary>
    public async Task UnfoldAllListsAsync()
    {
        foreach (var list in await Lists.AllAsync())
        {
            await list.Locator("summary").ClickAsync();
            await Expect(list).ToHaveAttributeAsync("open", "");
        }
    }

    public Task<IReadOnlyList<string>> WorkFormAddressesAsync() => AddressesAsync(WorkFormLinks);

    /// <summary>The addresses of the case assignments on their list page (<c>/naslag/casusopdrachten</c>).</summary>
    public Task<IReadOnlyList<string>> CaseAssignmentAddressesAsync() => AddressesAsync(Page.Locator("main a[href^='/naslag/casusopdrachten/']"));

    private static async Task<IReadOnlyList<string>> AddressesAsync(ILocator links)
    {
        var addresses = new List<string>();
        foreach (var link in await links.AllAsync()) addresses.Add((await link.GetAttributeAsync("href"))!);
        return addresses;
    }
}

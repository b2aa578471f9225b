using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Leerruimte.BrowserTests.Pages;

/// <summary>The module catalogue at /modules.</summary>
public sealed class CataloguePage(IPage page) : BasePage(page)
{
    public override string Path => "/modules";

    public ILocator ModuleLink(string module) => Page.Locator($"main a[href='/modules/{module}']");

    public async Task<ModulePage> OpenModuleAsync(string module)
    {
        await ModuleLink(module).ClickAsync();
        var opened = new ModulePage(Page, module);
        await opened.ShouldShowPartAsync(ModulePart.Introduction);
        return opened;
    }
}

/// <summary>One part of a competency module (/modules/{id}/{part}), with the tabs to the other parts.</summary>
public sealed class ModulePage(IPage page, string module, string part = ModulePart.Introduction) : BasePage(page)
{
    public string Module => module;
    public string Part { get; private set; } = part;
    public override string Path => $"/modules/{module}/{Part}";

    public ILocator Tabs => Page.Locator("nav.app-tabs a");
    public ILocator Tab(string part) => Page.Locator($"nav.app-tabs a[href='/modules/{module}/{part}']");
    public ILocator CurrentTab => Page.Locator("nav.app-tabs a[aria-current=page]");
    public ILocator PrintLink(string handout) => Page.Locator($"main a[href='/modules/{module}/afdrukken/{handout}']");

    /// <summary>Clicks the tab of a part, as a reader does, and waits until that part is shown.</summary>
    public async Task OpenPartAsync(string part)
    {
        await Tab(part).ClickAsync();
        await ShouldShowPartAsync(part);
    }

    public async Task ShouldShowPartAsync(string part)
    {
        Part = part;
        await Expect(Page).ToHaveURLAsync(new Regex($"/modules/{Regex.Escape(module)}(/{Regex.Escape(part)})?$"));
        await Expect(CurrentTab).ToHaveAttributeAsync("href", $"/modules/{module}/{part}");
        await Expect(Heading).ToHaveTextAsync(ShippedModules.Title(module));
    }

    /// <summary>Follows one of the print links of this part and returns the print view it opened.</summary>
    public async Task<PrintPage> OpenPrintViewAsync(string handout)
    {
        await PrintLink(handout).ClickAsync();
        var print = new PrintPage(Page, module, handout);
        await Expect(Page).ToHaveURLAsync(new Regex($"{Regex.Escape(print.Path)}$"));
        await Expect(print.Heading).ToHaveTextAsync(ShippedModules.Title(module));
        return print;
    }
}

/// <summary>A printable A4 view of a module (/modules/{id}/afdrukken/{handout}).</summary>
public sealed class PrintPage(IPage page, string module, string handout) : BasePage(page)
{
    public override string Path => $"/modules/{module}/afdrukken/{handout}";

    public ILocator Toolbar => Page.Locator(".app-print__toolbar");
    public ILocator PrintButton => Toolbar.GetByRole(AriaRole.Button, new() { Name = "Afdrukken", Exact = true });

    /// <summary>Everything that is page furniture rather than the sheet: site header, navigation, the print toolbar.</summary>
    public ILocator Furniture => Page.Locator("header.app-header, nav, .app-print__toolbar, .app-footer");

    /// <summary>Switches the page to print media, as when it goes to paper.</summary>
    public Task EmulatePrintAsync() => Page.EmulateMediaAsync(new() { Media = Media.Print });

    public Task EmulateScreenAsync() => Page.EmulateMediaAsync(new() { Media = Media.Screen });
}

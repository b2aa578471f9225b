using System.Text.RegularExpressions;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Leerruimte.BrowserTests.Modules;

public sealed class PrintViewTests(BrowserSuite suite, ITestOutputHelper output) : BrowserTest(suite, output)
{
    public static TheoryData<string, string> EveryPrintView()
    {
        var data = new TheoryData<string, string>();
        foreach (var module in ShippedModules.All)
            foreach (var handout in Handouts.ForEveryone.Append(Handouts.Script).Append(Handouts.FeedbackForm))
                data.Add(module, handout);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPrintView))]
    public async Task A_print_view_opens_shows_the_module_title_has_no_header_or_navigation_on_paper_and_passes_axe(string module, string handout)
    {
        var page = await NewPageSignedInAsAsync(DemoAccounts.Facilitator);
        var print = new PrintPage(page, module, handout);

        var response = await print.GotoAsync();
        Assert.Equal(200, response!.Status);
        await Expect(print.Heading).ToHaveTextAsync(ShippedModules.Title(module));
        await Expect(page).ToHaveTitleAsync(new Regex(Regex.Escape(ShippedModules.Title(module))));
        await Expect(print.Toolbar).ToBeVisibleAsync();
        await Accessibility.CheckAsync(print);

        await print.EmulatePrintAsync();
        await Expect(print.Heading).ToBeVisibleAsync();
        foreach (var furniture in await print.Furniture.AllAsync())
            Assert.False(await furniture.IsVisibleAsync(), $"{await furniture.EvaluateAsync<string>("e => e.outerHTML.slice(0, 120)")} is shown on paper");
        await print.EmulateScreenAsync();

        Accessibility.ShouldHaveFoundNoSeriousViolations();
    }

    [Fact]
    public async Task The_print_buttons_open_the_print_dialog()
    {
        var page = await NewPageSignedInAsAsync(DemoAccounts.Member);
        // Stands in for the dialog, which a headless browser does not show; counts per page load.
        await page.AddInitScriptAsync("window.print = () => { window.printRequests = (window.printRequests || 0) + 1; };");

        var print = new PrintPage(page, ShippedModules.OwnStrength, Handouts.All);
        await print.GotoAsync();
        await print.PrintButton.ClickAsync();
        Assert.Equal(1, await page.EvaluateAsync<int>("window.printRequests || 0"));

        var log = new LogPage(page);
        await log.GotoAsync();
        await log.PrintButton.ClickAsync();
        Assert.Equal(1, await page.EvaluateAsync<int>("window.printRequests || 0"));
    }
}

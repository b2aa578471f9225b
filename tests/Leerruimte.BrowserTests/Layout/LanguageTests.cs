using System.Text.RegularExpressions;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Leerruimte.BrowserTests.Layout;

public sealed class LanguageTests(BrowserSuite suite, ITestOutputHelper output) : BrowserTest(suite, output)
{
    [Fact]
    public async Task A_member_switches_the_language_to_English_and_back_to_Dutch_on_the_same_page()
    {
        var page = await NewPageSignedInAsAsync(DemoAccounts.Member);
        var modulePage = new ModulePage(page, ShippedModules.OwnStrength, ModulePart.Assignments);
        await modulePage.GotoAsync();
        Assert.Equal("nl", await modulePage.LanguageAsync());
        await Expect(modulePage.CurrentTab).ToContainTextAsync("Teamopdrachten");

        await modulePage.Header.SwitchLanguageAsync();
        Assert.Equal("en", await modulePage.LanguageAsync());
        await Expect(page).ToHaveURLAsync(new Regex($"{Regex.Escape(modulePage.Path)}$"));
        await Expect(modulePage.CurrentTab).ToContainTextAsync("Team assignments");
        await Expect(modulePage.Header.NavigationLink("Home")).ToBeVisibleAsync();
        await Expect(modulePage.Header.LanguageSwitch).ToHaveTextAsync("Nederlands");
        await Accessibility.CheckAsync(modulePage, "in English");

        await modulePage.Header.SwitchLanguageAsync();
        Assert.Equal("nl", await modulePage.LanguageAsync());
        await Expect(page).ToHaveURLAsync(new Regex($"{Regex.Escape(modulePage.Path)}$"));
        await Expect(modulePage.CurrentTab).ToContainTextAsync("Teamopdrachten");
        await Expect(modulePage.Header.LanguageSwitch).ToHaveTextAsync("English");

        Accessibility.ShouldHaveFoundNoSeriousViolations();
    }
}

using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Leerruimte.BrowserTests.Modules;

public sealed class BrowsingModulesTests(BrowserSuite suite, ITestOutputHelper output) : BrowserTest(suite, output)
{
    [Fact]
    public async Task A_member_logs_in_with_a_demo_account_and_browses_every_part_of_both_modules()
    {
        var page = await NewPageAsync();
        var login = new LoginPage(page);
        await login.GotoAsync();
        await login.LogInAsync(DemoAccounts.Member, DemoAccounts.Password);
        await Expect(login.Header.SignedInAs).ToHaveTextAsync(DemoAccounts.MemberName);
        await Accessibility.CheckAsync(new AppPage(page, "/"));

        var catalogue = new CataloguePage(page);
        await catalogue.Header.NavigationLink("Modules").ClickAsync();
        await Expect(catalogue.Heading).ToHaveTextAsync("Modules");
        await Accessibility.CheckAsync(catalogue);

        foreach (var module in ShippedModules.All)
        {
            await catalogue.GotoAsync();
            var modulePage = await catalogue.OpenModuleAsync(module);
            await Expect(modulePage.Tabs).ToHaveCountAsync(ModulePart.ForEveryone.Count);
            await Accessibility.CheckAsync(modulePage);
            foreach (var part in ModulePart.ForEveryone.Where(p => p != ModulePart.Introduction))
            {
                await modulePage.OpenPartAsync(part);
                await Accessibility.CheckAsync(modulePage);
            }
        }

        Accessibility.ShouldHaveFoundNoSeriousViolations();
    }
}

using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Leerruimte.BrowserTests.Modules;

public sealed class FacilitatorPartTests(BrowserSuite suite, ITestOutputHelper output) : BrowserTest(suite, output)
{
    [Fact]
    public async Task The_facilitator_opens_the_facilitator_part_and_the_print_views_of_the_script_and_the_feedback_form()
    {
        var page = await NewPageSignedInAsAsync(DemoAccounts.Facilitator);
        foreach (var module in ShippedModules.All)
        {
            var modulePage = new ModulePage(page, module);
            await modulePage.GotoAsync();
            await Expect(modulePage.Tab(ModulePart.Facilitator)).ToBeVisibleAsync();

            await modulePage.OpenPartAsync(ModulePart.Facilitator);
            await Expect(page.Locator("main table.app-agenda")).ToBeVisibleAsync();
            await Accessibility.CheckAsync(modulePage);

            var script = await modulePage.OpenPrintViewAsync(Handouts.Script);
            await Expect(page.Locator("main table.app-agenda")).ToBeVisibleAsync();
            await Accessibility.CheckAsync(script);

            await modulePage.GotoAsync();
            var feedbackForm = await modulePage.OpenPrintViewAsync(Handouts.FeedbackForm);
            await Expect(page.Locator("main #terugkoppeling")).ToBeVisibleAsync();
            await Accessibility.CheckAsync(feedbackForm);
        }

        Accessibility.ShouldHaveFoundNoSeriousViolations();
    }

    [Fact]
    public async Task A_member_does_not_see_the_facilitator_tab_and_gets_the_no_access_page_at_its_address()
    {
        var page = await NewPageSignedInAsAsync(DemoAccounts.Member);
        var modulePage = new ModulePage(page, ShippedModules.ProfessionalSpace);
        await modulePage.GotoAsync();
        await Expect(modulePage.Tabs).ToHaveCountAsync(ModulePart.ForEveryone.Count);
        await Expect(modulePage.Tab(ModulePart.Facilitator)).ToHaveCountAsync(0);

        string[] facilitatorOnly =
        [
            $"/modules/{ShippedModules.ProfessionalSpace}/{ModulePart.Facilitator}",
            $"/modules/{ShippedModules.ProfessionalSpace}/afdrukken/{Handouts.Script}",
            $"/modules/{ShippedModules.ProfessionalSpace}/afdrukken/{Handouts.FeedbackForm}",
        ];
        foreach (var address in facilitatorOnly)
        {
            var refused = new AppPage(page, address);
            var response = await refused.GotoAsync();
            await Expect(refused.Heading).ToHaveTextAsync("Geen toegang");
            Assert.Equal(403, response!.Status);
            await Expect(page.Locator("table.app-agenda, #terugkoppeling")).ToHaveCountAsync(0);
            await Accessibility.CheckAsync(refused);
        }

        Accessibility.ShouldHaveFoundNoSeriousViolations();
    }
}

using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Leerruimte.BrowserTests.References;

public sealed class ReferencePagesTests(BrowserSuite suite, ITestOutputHelper output) : BrowserTest(suite, output)
{
    [Fact]
    public async Task The_reference_lists_and_every_work_form_pass_axe()
    {
        var page = await NewPageSignedInAsAsync(DemoAccounts.Member);
        var reference = new ReferencePage(page);
        await reference.GotoAsync();
        await Accessibility.CheckAsync(reference);
        await reference.UnfoldAllListsAsync();
        await Accessibility.CheckAsync(reference, "all lists unfolded");

        var workForms = await reference.WorkFormAddressesAsync();
        Assert.NotEmpty(workForms);
        foreach (var address in workForms)
        {
            var workForm = new AppPage(page, address);
            await workForm.GotoAsync();
            await Expect(page.Locator("main ol.app-steps")).ToBeVisibleAsync();
            await Accessibility.CheckAsync(workForm);
        }

        Accessibility.ShouldHaveFoundNoSeriousViolations();
    }
}

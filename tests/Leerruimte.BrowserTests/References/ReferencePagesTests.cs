using System.Text.RegularExpressions;
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

    [Fact]
    public async Task The_case_assignments_and_their_print_view_pass_axe()
    {
        var page = await NewPageSignedInAsAsync(DemoAccounts.Member);
        var reference = new ReferencePage(page);
        await reference.GotoAsync();
        await reference.CaseAssignmentsLink.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/naslag/casusopdrachten$"));
        await Accessibility.CheckAsync(new AppPage(page, "/naslag/casusopdrachten"));

        var assignments = await reference.CaseAssignmentAddressesAsync();
        Assert.Equal(7, assignments.Count);
        foreach (var address in assignments)
        {
            var assignment = new AppPage(page, address);
            await assignment.GotoAsync();
            await Expect(page.Locator("main ol.app-steps")).ToBeVisibleAsync();
            await Accessibility.CheckAsync(assignment);
        }
        var print = new AppPage(page, assignments[0] + "/afdrukken");
        await print.GotoAsync();
        await Expect(page.Locator(".app-sheet ol.app-steps")).ToBeVisibleAsync();
        await Accessibility.CheckAsync(print);

        Accessibility.ShouldHaveFoundNoSeriousViolations();
    }
}

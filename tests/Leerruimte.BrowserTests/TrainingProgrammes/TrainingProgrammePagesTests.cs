using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Leerruimte.BrowserTests.TrainingProgrammes;

public sealed class TrainingProgrammePagesTests(BrowserSuite suite, ITestOutputHelper output) : BrowserTest(suite, output)
{
    [Fact]
    public async Task The_training_list_programme_script_and_print_view_pass_axe_for_a_trainer()
    {
        var page = await NewPageSignedInAsAsync(DemoAccounts.Trainer);
        (string Address, string Heading)[] screens =
        [
            ("/trainingen", "Trainingen"), ("/trainingen/het-gesprek", "Het Gesprek"),
            ("/trainingen/het-gesprek/module/2", "Module 2"), ("/trainingen/het-gesprek/module/3/afdrukken", "Het Gesprek"),
        ];
        foreach (var (address, heading) in screens)
        {
            var screen = new AppPage(page, address);
            var response = await screen.GotoAsync();
            Assert.Equal(200, response!.Status);
            await Expect(page.Locator("h1")).ToContainTextAsync(heading);
            await Accessibility.CheckAsync(screen);
        }

        Accessibility.ShouldHaveFoundNoSeriousViolations();
    }
}

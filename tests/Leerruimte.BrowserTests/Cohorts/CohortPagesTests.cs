using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Leerruimte.BrowserTests.Cohorts;

/// <summary>The demo's training group as its trainer and as a participant who plays Johan: every screen passes axe.</summary>
public sealed class CohortPagesTests(BrowserSuite suite, ITestOutputHelper output) : BrowserTest(suite, output)
{
    private const string Title = "Het Gesprek – groep Lindenhaven";

    [Fact]
    public async Task The_cohort_its_cases_its_sessions_and_the_planning_form_pass_axe_for_the_trainer_and_a_participant()
    {
        foreach (var (who, extra) in new[] { (DemoAccounts.Trainer, new[] { "/trainingen/groepen/nieuw", "/trainingen/het-gesprek/afdrukken/observatieformulier/observatie-module-2", "/trainingen/het-gesprek/afdrukken/observatieformulier/observatie-module-3", "/trainingen/het-gesprek/afdrukken/gespreksverslag" }), (DemoAccounts.Member, Array.Empty<string>()) })
        {
            var page = await NewPageSignedInAsAsync(who);
            var list = new AppPage(page, "/trainingen/groepen");
            await list.GotoAsync();
            await Accessibility.CheckAsync(list);
            await page.GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync(Title);
            var cohort = new Uri(page.Url).AbsolutePath;
            await page.GetByRole(AriaRole.Link, new() { Name = "Module 2: Het gesprek I" }).ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync("Module 2: Het gesprek I");
            var session = new Uri(page.Url).AbsolutePath;
            await page.GotoAsync(cohort);
            await page.GetByRole(AriaRole.Link, new() { Name = "Module 4: Integraal werken" }).ClickAsync();
            var last = new Uri(page.Url).AbsolutePath;
            var cards = who == DemoAccounts.Trainer ? [$"{cohort}/casussen/afdrukken"] : new[] { $"{cohort}/casussen/johan/verslag", $"{cohort}/mijn-feedback", $"{last}/mijn-actie" };
            foreach (var address in new[] { cohort, $"{cohort}/casussen", session, "/trainingen/route-van-het-gesprek" }.Concat(cards).Concat(extra))
            {
                var screen = new AppPage(page, address);
                Assert.Equal(200, (await screen.GotoAsync())!.Status);
                await Accessibility.CheckAsync(screen);
            }
        }

        Accessibility.ShouldHaveFoundNoSeriousViolations();
    }
}

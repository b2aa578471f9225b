using Leerruimte.BrowserTests.Meetings;
using Leerruimte.Features.Demo;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Leerruimte.BrowserTests.Consultations;

/// <summary>
/// Consultation as a fixed agenda item, on a phone: the chair plans it every week for a month with no case yet, the
/// team's list shows the four dates, and on the day the case bringer picks the case on the consultation's page; then
/// the chair moves the first an hour and, after all, cancels it: the rest of the series stays.
/// </summary>
public sealed class ConsultationSeriesWalkTests(BrowserSuite suite, ITestOutputHelper output) : MeetingBrowserTest(suite, output)
{
    private static readonly ViewportSize Phone390 = new() { Width = 390, Height = 844 };

    [Fact]
    public async Task A_weekly_consultation_is_planned_on_a_phone_and_its_case_is_chosen_nearer_the_day()
    {
        var page = await NewPageSignedInAsAsync(DemoAccounts.Member, Phone390);
        var team = await TeamHomePage.FromStartAsync(page, DemoTeamGoals.Team);
        var plan = new PlanConsultationPage(page, team.Id);
        await plan.GotoAsync();
        var start = DutchNow.Date.AddDays(2).AddHours(9);

        var first = await plan.PlanSeriesAsync(DemoConsultations.PastMethod, "Elke week", 4, start);

        await Expect(first.Page.Locator("main")).ToContainTextAsync("Deel van een vaste reeks");
        await Expect(first.CaseChoice).ToBeVisibleAsync();
        await Accessibility.CheckAsync(first, "consultation in a series, case still to choose");
        await ShouldFitAsync(first);
        await first.ChooseCaseAsync(DemoCases.Caregiver.Title, DemoAccounts.MemberName);
        await Expect(first.Page.Locator("main")).ToContainTextAsync(DemoCases.Caregiver.Title);
        await Accessibility.CheckAsync(first, "consultation with its case chosen");
        await Screenshots.TakeAsync(page, "consultation-series-case-chosen");

        await page.GotoAsync($"/teams/{team.Id}/casusoverleg");
        await Expect(page.Locator("main")).ToContainTextAsync(start.AddDays(21).ToString("d MMMM yyyy", new System.Globalization.CultureInfo("nl-NL")));
        await Accessibility.CheckAsync(new PlanConsultationPage(page, team.Id), "team's consultations with the series");

        await first.GotoAsync();
        await first.MoveAsync(start.AddHours(1));
        await Expect(first.Page.Locator("main .app-facts")).ToContainTextAsync("10:00");
        await Accessibility.CheckAsync(first, "consultation moved");
        await first.CancelOnlyThisAsync();
        await Expect(first.Page.Locator("main .app-facts")).ToContainTextAsync("Gaat niet door");
        await Expect(first.Page.Locator("#move-date")).ToBeHiddenAsync();
        await Accessibility.CheckAsync(first, "consultation cancelled");
        await ShouldFitAsync(first);
        await Screenshots.TakeAsync(page, "consultation-cancelled");
    }
}

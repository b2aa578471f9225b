using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Leerruimte.BrowserTests.Meetings;

/// <summary>
/// Issue 10, item 8a in a real browser: a meeting held with the printed kit is typed in afterwards, on a laptop and on
/// a phone, and a member present then finds the way to their action on the start page.
/// </summary>
public sealed class PaperMeetingTests(BrowserSuite suite, ITestOutputHelper output) : MeetingBrowserTest(suite, output)
{
    [Fact]
    public async Task The_facilitator_types_in_a_meeting_held_on_paper_and_a_member_present_is_asked_for_their_action()
    {
        var facilitator = await NewPageSignedInAsAsync(DemoAccounts.Facilitator, Phone);
        var plan = new PlanMeetingPage(facilitator);
        await plan.GotoAsync();
        var meeting = await plan.PlanAsync(Module, DutchNow.AddHours(-3), "Teamkamer");
        await facilitator.GetByRole(AriaRole.Link, new() { Name = "Op papier gehouden? Invoeren" }).ClickAsync();
        var paper = new PaperMeetingPage(facilitator, meeting.Id);
        await Expect(facilitator.Locator("h1")).ToHaveTextAsync(ShippedModules.Title(Module));
        await Accessibility.CheckAsync(paper, "paper meeting form, phone");
        await Screenshots.TakeAsync(facilitator, "paper-meeting-phone");

        var (email, name) = DemoAccounts.TeamNoord[0];
        await facilitator.GetByLabel(name, new() { Exact = true }).CheckAsync();
        await facilitator.GetByLabel(DemoAccounts.FacilitatorName, new() { Exact = true }).CheckAsync();
        await paper.Step(0).FillAsync("Kansen zien\nZelf beslissen wat kan");
        await paper.Submit.ClickAsync();

        await Expect(facilitator).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/bijeenkomsten/{meeting.Id}\\?papier=1$"));
        await Expect(facilitator.Locator(".utrecht-alert")).ToContainTextAsync("De bijeenkomst is ingevoerd en afgesloten.");
        await Accessibility.CheckAsync(meeting, "meeting entered from paper");

        var member = await NewPageSignedInAsAsync(email, Phone);
        await member.GotoAsync("/");
        await member.Locator($"a[href='/bijeenkomsten/{meeting.Id}/mijn-actie']").First.ClickAsync();
        await Expect(member.Locator("#action-text")).ToBeVisibleAsync();
        await member.GotoAsync($"/bijeenkomsten/{meeting.Id}/bord");
        await Expect(member.Locator(".app-note__text")).ToHaveTextAsync(["Kansen zien", "Zelf beslissen wat kan"]);
        Accessibility.ShouldHaveFoundNoSeriousViolations();
    }
}

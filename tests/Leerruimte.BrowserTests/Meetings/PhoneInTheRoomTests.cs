using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Leerruimte.BrowserTests.Meetings;

/// <summary>
/// A member in the meeting room with a phone (issue 10, item 4, as a walkthrough found it): the meeting of this moment
/// is the first thing on the start page, the live page keeps its header to one slim line with the way out one tap
/// away, an empty note says so instead of leaving the last "on the board", and a closed console stops inviting people.
/// </summary>
public sealed class PhoneInTheRoomTests(BrowserSuite suite, ITestOutputHelper output) : MeetingBrowserTest(suite, output)
{
    [Fact]
    public async Task A_member_joins_from_the_top_of_the_start_page_and_the_live_page_keeps_the_meeting_in_view()
    {
        var (meeting, console, _) = await RunningMeetingAsync();
        var page = await NewPageSignedInAsAsync(DemoAccounts.TeamNoord[1].Email, Phone);
        var start = new AppPage(page, "/");
        await start.GotoAsync();

        // The running meeting comes first (the demo's next meeting, starting within the hour, may stand below it).
        var join = page.Locator("section[aria-labelledby=nu] .app-now__meeting").First.GetByRole(AriaRole.Link, new() { Name = "Meedoen met de bijeenkomst" });
        await Expect(join).ToHaveAttributeAsync("href", $"/bijeenkomsten/{meeting.Id}/meedoen");
        await Expect(join).ToBeInViewportAsync(new() { Ratio = 1 });
        await Expect(page.Locator("#nu")).ToHaveTextAsync("Nu bezig");
        await Accessibility.CheckAsync(start, "phone, a meeting running");
        await Screenshots.TakeAsync(page, "phone-start-meeting-now", fullPage: false);
        await join.ClickAsync();
        var phone = new PhonePage(page, meeting.Id);
        await phone.ShouldBeLiveAsync();

        var header = await page.Locator("header.app-header").BoundingBoxAsync();
        Assert.True(header!.Height <= 64, $"The live page's header takes {header.Height} px of the phone's screen.");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Uitloggen" })).ToBeInViewportAsync(new() { Ratio = 1 });
        await Expect(phone.CurrentItem).ToBeInViewportAsync();

        await phone.AddNoteAsync("Vaker samen de wijk in");
        await Expect(phone.Status).ToHaveTextAsync("Op het bord gezet.");
        await phone.AddButton.ClickAsync();
        await Expect(phone.Status).ToHaveTextAsync("Schrijf eerst iets op.");
        await Accessibility.CheckAsync(phone, "phone, compact header");
        await Screenshots.TakeAsync(page, "phone-live-compact", fullPage: false);

        await Expect(console.JoinCode).ToBeVisibleAsync();
        await console.CloseMeetingAsync();
        await Expect(console.Root.Locator(".app-join")).ToHaveCountAsync(0);
        await Expect(console.Root.Locator(".app-join__qr")).ToHaveCountAsync(0);

        // The action's scale says what its ends mean.
        var action = await phone.OpenMyActionAsync();
        await Expect(page.Locator(".app-rating__anchors")).ToHaveTextAsync("1 = dit lukt me nog niet · 10 = dit lukt me altijd, ook als het lastig wordt");
        await Accessibility.CheckAsync(action, "phone, my action");
        // Afterwards the board can be read back, per step, from the meeting's page.
        var board = new AppPage(page, $"/bijeenkomsten/{meeting.Id}/bord");
        await page.GotoAsync($"/bijeenkomsten/{meeting.Id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Het bord teruglezen" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"{board.Path}$"));
        await Expect(page.Locator(".app-readback__step .app-note__text")).ToHaveTextAsync(["Vaker samen de wijk in"]);
        await Accessibility.CheckAsync(board, "phone, the board read back");
        await Screenshots.TakeAsync(page, "phone-board-read-back");

        Accessibility.ShouldHaveFoundNoSeriousViolations();
    }
}

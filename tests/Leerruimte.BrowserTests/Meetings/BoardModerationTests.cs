using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Leerruimte.BrowserTests.Meetings;

/// <summary>
/// Issue 10, item 3 in a real browser: the facilitator switches a step to anonymous in the console, and the phone and
/// the beamer say so and drop the names; then takes a note off, and it leaves every screen.
/// </summary>
public sealed class BoardModerationTests(BrowserSuite suite, ITestOutputHelper output) : MeetingBrowserTest(suite, output)
{
    private static readonly LocatorAssertionsToHaveCountOptions Soon = new() { Timeout = 5_000 };

    [Fact]
    public async Task The_console_makes_a_step_anonymous_on_every_screen_and_takes_a_note_off()
    {
        var (meeting, console, code) = await RunningMeetingAsync();
        var beamer = new BeamerPage(await NewPageSignedInAsAsync(DemoAccounts.Facilitator, new() { Width = 1280, Height = 720 }), meeting.Id);
        await beamer.GotoAsync();
        var (email, name) = DemoAccounts.TeamNoord[0];
        var phone = await JoinOnPhoneAsync(email, code, meeting.Id);
        await phone.AddNoteAsync("Samen op huisbezoek");
        const string slip = "Mevrouw De Wit uit de Lindestraat";
        await phone.AddNoteAsync(slip);
        await Expect(beamer.Notes.Filter(new() { HasText = name })).ToHaveCountAsync(2, Soon);
        await Expect(phone.Anonymous).ToBeHiddenAsync();

        await console.Page.GetByLabel("Anoniem op het bord").CheckAsync();

        await Expect(beamer.Anonymous).ToBeVisibleAsync();
        await Expect(phone.Anonymous).ToBeVisibleAsync();
        await Expect(beamer.Notes.Filter(new() { HasText = name })).ToHaveCountAsync(0, Soon);
        await Expect(phone.Notes.Filter(new() { HasText = name })).ToHaveCountAsync(0, Soon);
        await Expect(console.Notes.Filter(new() { HasText = name })).ToHaveCountAsync(0, Soon);
        await Accessibility.CheckAsync(console, "anonymous step");
        await Accessibility.CheckAsync(phone, "phone, anonymous step");
        await Screenshots.TakeAsync(phone.Page, "phone-anonymous", fullPage: false);

        var note = console.Notes.Filter(new() { HasText = slip });
        await note.GetByRole(AriaRole.Button, new() { Name = $"Briefje ‘{slip}’ weghalen" }).ClickAsync();
        await note.GetByRole(AriaRole.Button, new() { Name = "Ja, weghalen" }).ClickAsync();

        await Expect(console.Notes.Filter(new() { HasText = slip })).ToHaveCountAsync(0, Soon);
        await Expect(beamer.Notes.Filter(new() { HasText = slip })).ToHaveCountAsync(0, Soon);
        await Expect(phone.Notes.Filter(new() { HasText = slip })).ToHaveCountAsync(0, Soon);
        await Expect(beamer.Notes).ToHaveCountAsync(1);
        await Screenshots.TakeAsync(console.Page, "console-note-removed");
        Accessibility.ShouldHaveFoundNoSeriousViolations();
    }
}

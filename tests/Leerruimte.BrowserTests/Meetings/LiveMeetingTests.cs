using System.Text.RegularExpressions;
using Leerruimte.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Leerruimte.BrowserTests.Meetings;

/// <summary>
/// W1 in a real browser: the facilitator plans and runs a team meeting from the console with a beamer beside it,
/// members join on their phones with the code and put notes on the board, which every screen shows at once.
/// </summary>
public sealed class LiveMeetingTests(BrowserSuite suite, ITestOutputHelper output) : MeetingBrowserTest(suite, output)
{
    /// <summary>How soon a note must be on every other screen: live updates take a fraction of a second.</summary>
    private static readonly LocatorAssertionsToHaveCountOptions Soon = new() { Timeout = 5_000 };

    /// <summary>A common projector resolution.</summary>
    private static readonly ViewportSize Beamer = new() { Width = 1280, Height = 720 };

    private sealed record Member(string Name, PhonePage Phone);

    [Fact]
    public async Task A_team_meeting_from_planning_through_the_live_board_to_actions_and_the_feedback_form()
    {
        // Plan the meeting for now, so the join code is open.
        var facilitator = await NewPageSignedInAsAsync(DemoAccounts.Facilitator);
        var plan = new PlanMeetingPage(facilitator);
        await plan.GotoAsync();
        var meeting = await plan.PlanAsync(Module, DutchNow, "Buurthuis De Linde");
        var console = await meeting.OpenConsoleAsync();
        await Expect(console.StartButton).ToBeVisibleAsync();
        var code = await console.JoinCodeAsync();
        Assert.Matches("^[A-Z2-9]{6}$", code);
        // The address phones are told to use is App:PublicUrl, not the one this browser happened to use.
        await Expect(console.JoinHow).ToContainTextAsync($"{Suite.App.PublicUrl.Authority}/meedoen");
        await Accessibility.CheckAsync(console, "before the start");
        await Screenshots.TakeAsync(facilitator, "console-planned");

        // The beamer, in a context of its own: the code large before the start.
        var beamer = new BeamerPage(await NewPageSignedInAsAsync(DemoAccounts.Facilitator, Beamer), meeting.Id);
        await beamer.GotoAsync();
        await Expect(beamer.LargeJoinPanel).ToBeVisibleAsync();
        await Expect(beamer.JoinCode).ToHaveTextAsync(code);
        await Accessibility.CheckAsync(beamer, "before the start");
        await Screenshots.TakeAsync(beamer.Page, "beamer-planned", fullPage: false);

        // Three members type the code on their phones.
        var members = new List<Member>();
        foreach (var (email, name) in DemoAccounts.TeamNoord)
        {
            var join = new JoinPage(await NewPageSignedInAsAsync(email, Phone));
            await join.GotoAsync();
            if (members.Count == 0)
            {
                await Accessibility.CheckAsync(join, "phone");
                await ShouldFitAsync(join);
                await Screenshots.TakeAsync(join.Page, "phone-join");
                // A typing error first.
                await join.Code.FillAsync(code == "ABCDEF" ? "ABCDEG" : "ABCDEF");
                await join.Submit.ClickAsync();
                await Expect(join.Error).ToContainTextAsync("Deze code kennen we niet.");
                await Accessibility.CheckAsync(join, "phone, unknown code");
            }
            // As people type it: lower case, with a space in the middle.
            var phone = await join.JoinWithCodeAsync($"{code[..3].ToLowerInvariant()} {code[3..].ToLowerInvariant()}", meeting.Id);
            await Expect(phone.CurrentItem).ToHaveTextAsync("Wacht tot de procesbegeleider begint.");
            await Expect(phone.NoteText).ToBeHiddenAsync();
            members.Add(new Member(name, phone));
        }
        await Accessibility.CheckAsync(members[0].Phone, "phone, waiting for the start");
        await Screenshots.TakeAsync(members[0].Phone.Page, "phone-waiting");
        // Opening the meeting on a phone counts as being present.
        await Expect(console.AttendanceHeading).ToContainTextAsync("Aanwezig (3 van");
        foreach (var m in members) await Expect(console.Page.GetByLabel(m.Name, new() { Exact = true })).ToBeCheckedAsync();
        await Screenshots.TakeAsync(console.Page, "console-waiting");

        // Start: every screen shows the first item and its countdown; the facilitator counts as present.
        await console.StartAsync();
        await Expect(console.AttendanceHeading).ToContainTextAsync("Aanwezig (4 van");
        const string first = "Introductie van de competentie";
        await Expect(console.CurrentItem).ToHaveTextAsync(first);
        await Expect(console.Countdown).ToHaveTextAsync(new Regex("^(10:00|9:5\\d)$"));
        await Expect(beamer.CurrentItem).ToHaveTextAsync(first);
        await Expect(beamer.Countdown).ToBeVisibleAsync();
        await Expect(beamer.CornerJoinPanel).ToBeVisibleAsync();
        await Expect(beamer.LargeJoinPanel).ToHaveCountAsync(0);
        foreach (var m in members)
        {
            await Expect(m.Phone.CurrentItem).ToHaveTextAsync(first);
            await Expect(m.Phone.ItemOf).ToHaveTextAsync("Onderdeel 1 van 7");
            await Expect(m.Phone.Countdown).ToHaveTextAsync(new Regex("^(10:00|9:5\\d)$"));
            await Expect(m.Phone.NoteText).ToBeVisibleAsync();
            await Expect(m.Phone.BoardEmpty).ToBeVisibleAsync();
        }
        await Accessibility.CheckAsync(console, "running");
        await Accessibility.CheckAsync(beamer, "running");
        await Accessibility.CheckAsync(members[0].Phone, "phone, running");
        await Screenshots.TakeAsync(console.Page, "console-running");
        await Screenshots.TakeAsync(beamer.Page, "beamer-running", fullPage: false);
        await Screenshots.TakeAsync(members[0].Phone.Page, "phone-running", fullPage: false);

        // On to the second assignment, where the chairs are done (after its explanation and choosing a situation), in
        // groups of three or four.
        for (var i = 0; i < 4; i++) await console.NextAsync();
        const string assignment = "Opdracht 2: De drie stoelen";
        await Expect(console.CurrentItem).ToHaveTextAsync(assignment);
        foreach (var m in members) await Expect(m.Phone.CurrentItem).ToHaveTextAsync(assignment);
        await Expect(beamer.CurrentItem).ToHaveTextAsync(assignment);
        // Three colleagues are in the room without a phone: the facilitator ticks them present. With the facilitator
        // (present since the start) seven people make two groups of three and four.
        string[] withoutPhone = ["Kees Jansen", "Noor Haddou", "Tim de Boer"];
        foreach (var name in withoutPhone) await console.MarkPresentAsync(name);
        await Expect(console.AttendanceHeading).ToContainTextAsync("Aanwezig (7 van");
        await console.FormGroupsAsync();
        await Expect(console.Groups).ToHaveCountAsync(2);
        await Expect(beamer.Groups).ToHaveCountAsync(2);
        var groupOf = new Dictionary<string, int>();
        foreach (var m in members)
        {
            await Expect(m.Phone.MyGroup).ToContainTextAsync(new Regex("^Jij zit in groep [12], met "));
            groupOf[m.Name] = int.Parse(Regex.Match(await m.Phone.MyGroup.InnerTextAsync(), "groep (\\d)").Groups[1].Value);
            await Expect(console.Groups.Nth(groupOf[m.Name] - 1)).ToContainTextAsync(m.Name);
        }

        // The first timed role: the dreamer's two minutes show on the beamer and the phones.
        await console.StartTimedStepAsync("De dromer");
        await Expect(beamer.TimedStep).ToContainTextAsync("De dromer");
        foreach (var m in members) await Expect(m.Phone.TimedStep).ToContainTextAsync("De dromer");

        // Every member puts a note on the board; every screen shows it within seconds.
        var notes = new List<(string Text, string Author)>();
        foreach (var m in members)
        {
            var text = $"Idee van {m.Name.Split(' ')[0]}: een inloopspreekuur in de bibliotheek";
            await m.Phone.AddNoteAsync(text);
            notes.Add((text, m.Name));
            foreach (var other in members.Where(o => o != m))
                await Expect(other.Phone.NoteTexts.Filter(new() { HasText = text })).ToHaveCountAsync(1, Soon);
            await Expect(console.Notes.Filter(new() { HasText = text })).ToHaveCountAsync(1, Soon);
            await Expect(beamer.Notes.Filter(new() { HasText = text })).ToHaveCountAsync(1, Soon);
        }
        // Each note carries its author's name and sits in the column of the author's group.
        foreach (var (text, author) in notes)
        {
            await Expect(beamer.Column($"Groep {groupOf[author]}").Locator(".app-note", new() { HasText = text })).ToContainTextAsync(author);
            await Expect(console.Notes.Filter(new() { HasText = text })).ToContainTextAsync(author);
            await Expect(members[0].Phone.Notes.Filter(new() { HasText = text })).ToContainTextAsync($"Groep {groupOf[author]}");
        }
        foreach (var m in members) await Expect(m.Phone.Notes).ToHaveCountAsync(3);
        await Expect(console.Notes).ToHaveCountAsync(3);
        await Expect(beamer.Notes).ToHaveCountAsync(3);
        await Expect(beamer.Columns).ToHaveCountAsync(2);

        // On a laptop the step, its clock and the board's notes are in view together, without scrolling. The groups
        // are drawn by lot, so one column may hold all three notes; the first note is the one that is always in view.
        await console.Page.SetViewportSizeAsync(1366, 768);
        await console.Page.EvaluateAsync("() => window.scrollTo(0, 0)");
        foreach (var part in new[] { console.CurrentItem, console.Countdown, console.Notes.First })
            await Expect(part).ToBeInViewportAsync(new() { Ratio = 1 });
        await Accessibility.CheckAsync(console, "assignment with groups and notes");
        await Accessibility.CheckAsync(beamer, "assignment with groups and notes");
        await Accessibility.CheckAsync(members[0].Phone, "phone, assignment with notes");
        await ShouldFitAsync(members[0].Phone);
        await Screenshots.TakeAsync(console.Page, "console-assignment");
        await Screenshots.TakeAsync(beamer.Page, "beamer-assignment", fullPage: false);
        await Screenshots.TakeAsync(members[0].Phone.Page, "phone-assignment");

        // Close: the board shuts on every screen.
        await console.CloseMeetingAsync();
        await Expect(beamer.Root).ToContainTextAsync("Dank je wel voor het meedoen!");
        await Accessibility.CheckAsync(beamer, "closed");
        await Screenshots.TakeAsync(beamer.Page, "beamer-closed", fullPage: false);
        foreach (var m in members)
        {
            await Expect(m.Phone.CurrentItem).ToHaveTextAsync("De bijeenkomst is afgesloten. Vul nu je individuele actie in.");
            await Expect(m.Phone.NoteText).ToBeHiddenAsync();
            await Expect(m.Phone.ActionButton).ToBeVisibleAsync();
        }
        await Screenshots.TakeAsync(members[0].Phone.Page, "phone-closed", fullPage: false);

        // Every member writes an individual action and rates themselves.
        var rating = 5;
        foreach (var m in members)
        {
            var action = await m.Phone.OpenMyActionAsync();
            if (rating == 5)
            {
                await Accessibility.CheckAsync(action, "phone");
                await ShouldFitAsync(action);
                await Screenshots.TakeAsync(action.Page, "phone-my-action");
            }
            await action.FillInAsync($"{m.Name.Split(' ')[0]} vraagt in de volgende casusbespreking om een rol als dromer.", rating++);
        }

        // The facilitator sends the feedback form; attendance comes pre-filled from the meeting.
        var feedback = await console.OpenFeedbackFormAsync();
        foreach (var m in members) await Expect(feedback.Present(m.Name)).ToBeCheckedAsync();
        // The facilitator ran the meeting, so is present, not "Afwezig" (found by a walkthrough).
        await Expect(feedback.Present(DemoAccounts.FacilitatorName)).ToBeCheckedAsync();
        await Accessibility.CheckAsync(feedback, "to fill in");
        await Screenshots.TakeAsync(feedback.Page, "feedback-form");
        await feedback.ScoreAllAndSendAsync(3);
        await Expect(feedback.Page.Locator("main")).ToContainTextAsync(DemoAccounts.TeamLeaderName);
        await Accessibility.CheckAsync(feedback, "sent");

        // The team leader finds it on the start page and reads it.
        var leader = new AppPage(await NewPageSignedInAsAsync(DemoAccounts.TeamLeader), "/");
        await leader.GotoAsync();
        var notification = leader.Page.Locator(".app-notification").Filter(new() { HasText = ShippedModules.Title(Module) });
        await Expect(notification.First).ToBeVisibleAsync();
        await notification.First.Locator($"a[href='/bijeenkomsten/{meeting.Id}/terugkoppeling']").ClickAsync();
        var received = new FeedbackPage(leader.Page, meeting.Id);
        await Expect(received.Heading).ToHaveTextAsync("Terugkoppelingsformulier");
        await Expect(received.Page.Locator("main table")).ToContainTextAsync("grotendeels");
        await Expect(received.Send).ToHaveCountAsync(0);

        // Her task to plan the follow-up names the meeting and the team, and opens the planning form filled in.
        await leader.GotoAsync();
        var task = leader.Page.Locator("section[aria-labelledby=taken] li").Filter(new() { HasText = ShippedModules.Title(Module) }).Filter(new() { HasText = "Wijkteam Noord" })
            .Filter(new() { HasText = DutchNow.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("nl-NL")) }); // today's, not the demo's of three weeks ago
        await Expect(task.First).ToBeVisibleAsync();
        await task.First.GetByRole(AriaRole.Link, new() { Name = "Vervolgbijeenkomst plannen" }).ClickAsync();
        await Expect(leader.Page.Locator("main")).ToContainTextAsync("Vervolg op");
        await Expect(leader.Page.Locator("#module")).ToHaveValueAsync(Module);
        foreach (var m in members) await Expect(leader.Page.GetByLabel(m.Name, new() { Exact = true })).ToBeCheckedAsync();
        await Accessibility.CheckAsync(new AppPage(leader.Page, "/bijeenkomsten/plannen"), "planning the follow-up");

        Accessibility.ShouldHaveFoundNoSeriousViolations();
    }

    [Fact]
    public async Task A_phone_that_reloads_during_the_meeting_shows_every_note_again_and_stays_live()
    {
        var (meeting, console, code) = await RunningMeetingAsync();

        var phones = new List<PhonePage>();
        foreach (var (email, _) in DemoAccounts.TeamNoord.Take(2)) phones.Add(await JoinOnPhoneAsync(email, code, meeting.Id));
        var (writer, reloader) = (phones[0], phones[1]);
        string[] before = ["Eerst luisteren, dan pas oplossen", "Vraag door op wat al wel lukt", "Het netwerk aan tafel"];
        foreach (var note in before) await writer.AddNoteAsync(note);
        await Expect(reloader.Notes).ToHaveCountAsync(before.Length, Soon);
        await reloader.AddNoteAsync("Ook van mij een idee");

        await reloader.ReloadAsync();

        await Expect(reloader.Notes).ToHaveCountAsync(before.Length + 1);
        foreach (var note in before.Append("Ook van mij een idee"))
            await Expect(reloader.NoteTexts.Filter(new() { HasText = note })).ToHaveCountAsync(1);
        // Still live after the reload: a new note from the other phone arrives without another reload.
        // The board is a live region: a new note is added to it, the notes already there are left alone (replacing
        // them all would make a screen reader read the whole board again).
        await reloader.Notes.First.EvaluateAsync("note => note.dataset.seen = 'yes'");
        await writer.AddNoteAsync("Na het verversen");
        await Expect(reloader.NoteTexts.Filter(new() { HasText = "Na het verversen" })).ToHaveCountAsync(1, Soon);
        await Expect(reloader.Notes.First).ToHaveAttributeAsync("data-seen", "yes");
        await Expect(console.Notes).ToHaveCountAsync(before.Length + 2, Soon);
    }

    [Fact]
    public async Task A_phone_that_loses_its_connection_says_so_and_shows_what_it_missed_once_it_is_back()
    {
        var (meeting, console, code) = await RunningMeetingAsync();

        var writer = await JoinOnPhoneAsync(DemoAccounts.TeamNoord[0].Email, code, meeting.Id);
        var lostPage = await PhoneOnWeakWifiAsync(DemoAccounts.TeamNoord[1].Email);
        var lost = await JoinOnPhoneAsync(lostPage, code, meeting.Id);

        await LoseWifiAsync(lostPage);
        await Expect(lost.Root).ToHaveAttributeAsync("data-connection", "reconnecting");
        await Expect(lost.Status).ToContainTextAsync("Verbinding kwijt");
        // Meanwhile a note goes on the board and the facilitator gives the item five more minutes.
        await writer.AddNoteAsync("Gemist terwijl de wifi weg was");
        await console.Root.GetByRole(AriaRole.Button, new() { Name = "+5 minuten" }).ClickAsync();
        await Expect(console.Countdown).ToHaveTextAsync(new Regex("^1[45]:\\d\\d$"));
        await Expect(lost.NoteTexts).ToHaveCountAsync(0);
        await Expect(lost.Countdown).ToHaveTextAsync(new Regex("^(10:00|9:\\d\\d)$"));

        await lostPage.Context.SetOfflineAsync(false);
        await Expect(lost.Root).ToHaveAttributeAsync("data-connection", "connected", new() { Timeout = 20_000 });
        await Expect(lost.Status).ToContainTextAsync("Weer verbonden.");
        await Expect(lost.NoteTexts.Filter(new() { HasText = "Gemist terwijl de wifi weg was" })).ToHaveCountAsync(1);
        await Expect(lost.Countdown).ToHaveTextAsync(new Regex("^1[45]:\\d\\d$"));
        await writer.AddNoteAsync("Na de storing");
        await Expect(lost.NoteTexts.Filter(new() { HasText = "Na de storing" })).ToHaveCountAsync(1, Soon);
    }

    [Fact]
    public async Task Only_the_facilitator_gets_the_console_and_the_beamer_others_are_told_the_page_is_not_there()
    {
        var facilitator = await NewPageSignedInAsAsync(DemoAccounts.Facilitator);
        var plan = new PlanMeetingPage(facilitator);
        await plan.GotoAsync();
        var meeting = await plan.PlanAsync(Module, DutchNow.AddDays(1), "Teamkamer");

        var member = await NewPageSignedInAsAsync(DemoAccounts.Member);
        foreach (var screen in new BasePage[] { new ConsolePage(member, meeting.Id), new BeamerPage(member, meeting.Id) })
        {
            await member.GotoAsync(screen.Path);
            await Expect(screen.Heading).ToHaveTextAsync("Pagina niet gevonden");
            await Expect(member).ToHaveTitleAsync("Pagina niet gevonden – Leerruimte");
            await Expect(member.Locator(".app-console, .app-beamer, .app-join")).ToHaveCountAsync(0);
            await Accessibility.CheckAsync(screen, "someone else's meeting");
        }
        Accessibility.ShouldHaveFoundNoSeriousViolations();
    }

    [Fact]
    public async Task The_countdown_turns_amber_near_the_end_and_red_with_a_minus_sign_over_time_on_every_screen()
    {
        var (meeting, console, code) = await RunningMeetingAsync();
        var beamer = new BeamerPage(await NewPageSignedInAsAsync(DemoAccounts.Facilitator, Beamer), meeting.Id);
        await beamer.GotoAsync();
        var phone = await JoinOnPhoneAsync(DemoAccounts.Member, code, meeting.Id);
        ILocator[] countdowns = [console.Countdown, beamer.Countdown, phone.Countdown];
        foreach (var countdown in countdowns)
        {
            await Expect(countdown).ToHaveTextAsync(new Regex("^(10:00|9:[45]\\d)$"));
            await Expect(countdown).Not.ToHaveClassAsync(new Regex("app-countdown--(warn|over|paused)"));
        }

        // Nine and a half of the item's ten minutes go by; pausing shows the clock as it stands on every screen.
        await LetTimePassAsync(meeting.Id, TimeSpan.FromSeconds(570));
        await console.PauseButton.ClickAsync();
        foreach (var countdown in countdowns)
        {
            await Expect(countdown).ToHaveClassAsync(new Regex("app-countdown--warn"));
            await Expect(countdown).ToHaveClassAsync(new Regex("app-countdown--paused"));
            await Expect(countdown).ToHaveTextAsync(new Regex("^0:[0-3]\\d \\(gepauzeerd\\)$"));
        }
        await console.ResumeButton.ClickAsync();
        foreach (var countdown in countdowns) await Expect(countdown).Not.ToHaveClassAsync(new Regex("app-countdown--paused"));
        await Screenshots.TakeAsync(phone.Page, "phone-countdown-warn", fullPage: false);

        // A minute later the item runs over time: red, and a minus sign in front.
        await LetTimePassAsync(meeting.Id, TimeSpan.FromSeconds(60));
        await console.PauseButton.ClickAsync();
        await console.ResumeButton.ClickAsync();
        foreach (var countdown in countdowns)
        {
            await Expect(countdown).ToHaveClassAsync(new Regex("app-countdown--over"));
            await Expect(countdown).Not.ToHaveClassAsync(new Regex("app-countdown--(warn|paused)"));
            await Expect(countdown).ToHaveTextAsync(new Regex("^-0:\\d\\d$"));
            await Expect(countdown).ToHaveAttributeAsync("aria-label", new Regex("minuten over de tijd$"));
        }
        await Accessibility.CheckAsync(console, "over time");
        await Accessibility.CheckAsync(beamer, "over time");
        await Accessibility.CheckAsync(phone, "over time");
        await Screenshots.TakeAsync(console.Page, "console-countdown-over", fullPage: false);
        await Screenshots.TakeAsync(beamer.Page, "beamer-countdown-over", fullPage: false);
        await Screenshots.TakeAsync(phone.Page, "phone-countdown-over", fullPage: false);

        // One more minute for the item: back to the last seconds.
        await console.Root.GetByRole(AriaRole.Button, new() { Name = "+1 minuut" }).ClickAsync();
        foreach (var countdown in countdowns) await Expect(countdown).ToHaveClassAsync(new Regex("app-countdown--warn"));

        Accessibility.ShouldHaveFoundNoSeriousViolations();
    }

    /// <summary>
    /// Moves the current item's clock on by <paramref name="time"/>, as if that time had gone by: the stored clock is
    /// what every screen counts down from. Screens see it at the next change the console publishes.
    /// </summary>
    private async Task LetTimePassAsync(Guid meetingId, TimeSpan time)
    {
        await using var scope = Suite.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LeerruimteDb>();
        var seconds = (int)time.TotalSeconds;
        var session = await db.Meetings.IgnoreQueryFilters([TenantFilters.Name]).Where(m => m.Id == meetingId).Select(m => m.SessionId).SingleAsync();
        var changed = await db.LiveSessions.IgnoreQueryFilters([TenantFilters.Name]).Where(s => s.Id == session)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Clock.ElapsedSeconds, s => s.Clock.ElapsedSeconds + seconds));
        Assert.Equal(1, changed);
    }
}

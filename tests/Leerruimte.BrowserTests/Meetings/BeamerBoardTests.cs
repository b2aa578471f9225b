using System.Text.RegularExpressions;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Leerruimte.BrowserTests.Meetings;

/// <summary>
/// The beamer in a full room (issue 10, item 1): every note of the step in view at 1280×720 and 1920×1080 without
/// scrolling, up to 40 notes, never smaller than 20px at 1280 wide; beyond that a page at a time with a visible count;
/// and the join address and code readable from the back of the room.
/// </summary>
public sealed class BeamerBoardTests(BrowserSuite suite, ITestOutputHelper output) : MeetingBrowserTest(suite, output)
{
    private static readonly ViewportSize SmallBeamer = new() { Width = 1280, Height = 720 };
    private static readonly ViewportSize LargeBeamer = new() { Width = 1920, Height = 1080 };

    /// <summary>What a team puts on the board in a brainstorm: mostly a few words, some a whole sentence.</summary>
    private static readonly string[] Ideas =
    [
        "Vaker samen op huisbezoek", "Eerst vragen wat iemand zelf al geprobeerd heeft", "Humor", "Het netwerk meteen aan tafel",
        "Korte lijnen met de huisarts", "Minder lange verslagen", "Een vaste inloop in het buurthuis",
        "Zelf beslissen of een tweede gesprek nodig is", "Geen wachtlijst voor eenvoudige vragen", "Intervisie elke maand",
        "Doorvragen", "Oplossingen van de bewoner eerst", "Samen met de wijkagent langs", "Budget voor kleine dingen",
        "De sociale kaart bijhouden", "Warme overdracht", "Rust in het rooster", "Kennis delen in het teamoverleg",
        "Mantelzorgers vaker betrekken", "Ruimte om af te wijken van het protocol", "Bellen in plaats van mailen",
        "Een maatje voor nieuwe collega's", "Spreekuur op school", "Durven nee te zeggen", "Buurtbudget",
        "Minder dubbel registreren", "Sneller een tolk", "Samen met de huisarts een casus bespreken", "Thuis afspreken",
        "Vrijwilligers inzetten", "Eén plan per gezin", "Leren van wat misging", "Tijd voor een kop koffie",
        "Zelf budget toekennen tot €500", "Vaste contactpersoon bij de woningcorporatie", "Wandelend gesprek",
        "Jongeren zelf laten kiezen", "Korter vergaderen", "Terugbellen binnen een dag", "Ervaringsdeskundigen erbij",
    ];

    private static IEnumerable<string> Notes(int count) =>
        Enumerable.Range(0, count).Select(i => i < Ideas.Length ? Ideas[i] : $"{Ideas[i % Ideas.Length]} (ook in de wijk)");

    [Fact]
    public async Task Forty_notes_fit_the_beamer_at_both_sizes_and_sixty_are_shown_a_page_at_a_time_with_a_count()
    {
        var (meeting, _, code) = await RunningMeetingAsync();
        var beamer = new BeamerPage(await NewPageSignedInAsAsync(DemoAccounts.Facilitator, SmallBeamer), meeting.Id);
        await beamer.GotoAsync();
        var phones = new List<PhonePage>();
        foreach (var (email, _) in DemoAccounts.TeamNoord.Take(2)) phones.Add(await JoinOnPhoneAsync(email, code, meeting.Id));

        var notes = Notes(60).ToList();
        for (var i = 0; i < 40; i++) await phones[i % 2].AddNoteAsync(notes[i]);
        await Expect(beamer.Notes).ToHaveCountAsync(40, new() { Timeout = 10_000 });
        await JoinShouldBeReadableAsync(beamer);
        await Screenshots.TakeAsync(beamer.Page, "beamer-40-notes-1280", fullPage: false);
        Assert.Equal(40, (await ShownNotesShouldFitAsync(beamer, SmallBeamer)).Length);
        await Expect(beamer.PageCount).ToBeHiddenAsync();
        await Accessibility.CheckAsync(beamer, "40 notes");

        await beamer.Page.SetViewportSizeAsync(LargeBeamer.Width, LargeBeamer.Height);
        await Screenshots.TakeAsync(beamer.Page, "beamer-40-notes-1920", fullPage: false);
        Assert.Equal(40, (await ShownNotesShouldFitAsync(beamer, LargeBeamer)).Length);

        // Twenty more: a page at a time, with the count in view, and the pages turn until every note has been shown.
        await beamer.Page.SetViewportSizeAsync(SmallBeamer.Width, SmallBeamer.Height);
        for (var i = 40; i < 60; i++) await phones[i % 2].AddNoteAsync(notes[i]);
        await Expect(beamer.Notes).ToHaveCountAsync(60, new() { Timeout = 10_000 });
        // The pages turn on their own; on a loaded machine the first may already have turned, so wait for it to come round.
        await Expect(beamer.PageCount).ToContainTextAsync(new Regex(@"^Briefjes 1–\d+ van 60 · blad 1 van \d$"), new() { Timeout = 60_000 });
        await Expect(beamer.PageCount).ToBeInViewportAsync(new() { Ratio = 1 });
        await Screenshots.TakeAsync(beamer.Page, "beamer-60-notes-page-1", fullPage: false);
        var seen = new HashSet<string>(await ShownNotesShouldFitAsync(beamer, SmallBeamer));
        await Expect(beamer.PageCount).ToContainTextAsync("blad 2 van", new() { Timeout = 20_000 });
        await Accessibility.CheckAsync(beamer, "60 notes, page 2");
        var pages = int.Parse(Regex.Match(await beamer.PageCount.InnerTextAsync(), @"van (\d)$").Groups[1].Value);
        for (var page = 2; page <= pages; page++)
        {
            await Expect(beamer.PageCount).ToContainTextAsync($"blad {page} van", new() { Timeout = 20_000 });
            seen.UnionWith(await ShownNotesShouldFitAsync(beamer, SmallBeamer));
        }
        Assert.Equal(notes.ToHashSet(), seen);
        await JoinShouldBeReadableAsync(beamer);

        Accessibility.ShouldHaveFoundNoSeriousViolations();
    }

    /// <summary>The texts of the notes on screen now; each lies within the window at 20px or more, and nothing scrolls.</summary>
    private static async Task<string[]> ShownNotesShouldFitAsync(BeamerPage beamer, ViewportSize size)
    {
        var shown = await beamer.Page.EvaluateAsync<ShownNote[]>("""
            () => [...document.querySelectorAll('.app-beamer .app-board .app-note')].filter(n => n.checkVisibility()).map(n => {
                const r = n.getBoundingClientRect();
                return { text: n.querySelector('.app-note__text').innerText, bottom: r.bottom, right: r.right, left: r.left, top: r.top,
                         size: parseFloat(getComputedStyle(n).fontSize) };
            })
            """);
        Assert.NotEmpty(shown);
        foreach (var note in shown)
        {
            Assert.True(note.Top >= 0 && note.Left >= 0 && note.Bottom <= size.Height + 0.5 && note.Right <= size.Width + 0.5,
                $"'{note.Text}' at {note.Left},{note.Top}–{note.Right},{note.Bottom} is not within {size.Width}×{size.Height}");
            Assert.True(note.Size >= 20, $"'{note.Text}' is {note.Size}px");
        }
        var scroll = await beamer.Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollHeight, document.documentElement.scrollWidth]");
        Assert.True(scroll[0] <= size.Height && scroll[1] <= size.Width, $"the beamer scrolls: {scroll[1]}×{scroll[0]} in {size.Width}×{size.Height}");
        return shown.Select(n => n.Text).ToArray();
    }

    private static async Task JoinShouldBeReadableAsync(BeamerPage beamer)
    {
        foreach (var part in new[] { beamer.CornerJoinPanel.Locator(".app-join__how"), beamer.JoinCode })
        {
            await Expect(part).ToBeInViewportAsync(new() { Ratio = 1 });
            var px = await part.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)");
            Assert.True(px >= 32, $"{await part.InnerTextAsync()} is {px}px");
        }
    }

    private sealed class ShownNote
    {
        public string Text { get; set; } = "";
        public double Top { get; set; }
        public double Left { get; set; }
        public double Bottom { get; set; }
        public double Right { get; set; }
        public double Size { get; set; }
    }
}

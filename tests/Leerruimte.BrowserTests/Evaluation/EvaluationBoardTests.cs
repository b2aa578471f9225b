using System.Text.RegularExpressions;
using Leerruimte.BrowserTests.Meetings;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Leerruimte.BrowserTests.Evaluation;

/// <summary>
/// W9 in a real browser: at the end of a meeting the facilitator opens the evaluation board, two phones put notes in
/// two of its fields, the beamer shows them in their quadrants (readable, without scrolling), and afterwards the
/// result is read back and printed.
/// </summary>
public sealed class EvaluationBoardTests(BrowserSuite suite, ITestOutputHelper output) : MeetingBrowserTest(suite, output)
{
    private static readonly LocatorAssertionsToHaveCountOptions Soon = new() { Timeout = 5_000 };
    private static readonly ViewportSize SmallBeamer = new() { Width = 1280, Height = 720 };
    private static readonly ViewportSize LargeBeamer = new() { Width = 1920, Height = 1080 };
    private static readonly ViewportSize Handset = new() { Width = 390, Height = 844 };

    /// <summary>What a team writes at the end of a meeting: six notes in each field, short and long.</summary>
    private static readonly (string Field, string Text)[] MoreNotes =
    [
        ("bloem", "Casussen samen bespreken"), ("bloem", "Eerst vragen wat iemand zelf al geprobeerd heeft"), ("bloem", "Humor"),
        ("bloem", "Het netwerk meteen aan tafel"), ("bloem", "Korte lijnen met de huisarts"),
        ("vriezer", "Alles zelf oplossen"), ("vriezer", "Lange verslagen"), ("vriezer", "Elke week een vast overleg, ook zonder agenda"),
        ("vriezer", "Mailen in plaats van bellen"), ("vriezer", "Zelf de formulieren invullen"), ("vriezer", "Afspraken op kantoor"),
        ("prullenbak", "Meteen een oplossing geven"), ("prullenbak", "Overal ja op zeggen"), ("prullenbak", "Doorverwijzen zonder warme overdracht"),
        ("prullenbak", "Dubbel registreren"), ("prullenbak", "Wachten tot de ander belt"), ("prullenbak", "Laat op de dag nog huisbezoeken"),
        ("zaadje", "Oplossingsgericht werken, met Joost als maatje"), ("zaadje", "Meer weten over schulden"), ("zaadje", "Vaker intervisie"),
        ("zaadje", "De sociale kaart bijhouden"), ("zaadje", "Een training motiverende gespreksvoering"),
    ];

    [Fact]
    public async Task The_facilitator_opens_the_evaluation_phones_fill_two_fields_and_the_beamer_shows_them_in_quadrants()
    {
        var (meeting, console, code) = await RunningMeetingAsync();
        var beamer = new BeamerPage(await NewPageSignedInAsAsync(DemoAccounts.Facilitator, SmallBeamer), meeting.Id);
        await beamer.GotoAsync();
        var (first, second) = DemoAccounts.TeamNoord switch { [var a, var b, ..] => (a, b), _ => throw new InvalidOperationException() };
        var flower = await JoinOnPhoneAsync(await NewPageSignedInAsAsync(first.Email, Handset), code, meeting.Id);
        var seed = await JoinOnPhoneAsync(await NewPageSignedInAsAsync(second.Email, Handset), code, meeting.Id);

        await console.OpenEvaluationAsync();
        await Expect(beamer.CurrentItem).ToHaveTextAsync(EvaluationScreens.StepTitle);
        await Expect(beamer.Quadrants()).ToHaveCountAsync(4);
        foreach (var phone in new[] { flower, seed })
        {
            await Expect(phone.CurrentItem).ToHaveTextAsync(EvaluationScreens.StepTitle);
            await Expect(phone.Fields()).ToHaveCountAsync(4);
        }
        await Accessibility.CheckAsync(console, "evaluation");
        await Accessibility.CheckAsync(flower, "phone, evaluation");
        await Screenshots.TakeAsync(console.Page, "evaluation-console");

        const string keep = "Doorvragen naar wat iemand zelf kan";
        const string grow = "Oplossingsgericht werken: wie doet mee?";
        await flower.AddNoteToAsync("bloem", keep);
        await seed.AddNoteToAsync("zaadje", grow);

        await Expect(beamer.Quadrant("bloem").Locator(".app-note", new() { HasText = keep })).ToHaveCountAsync(1, Soon);
        await Expect(beamer.Quadrant("zaadje").Locator(".app-note", new() { HasText = grow })).ToHaveCountAsync(1, Soon);
        await Expect(beamer.Quadrant("bloem").Locator(".app-note", new() { HasText = keep })).ToContainTextAsync(first.Name);
        await Expect(beamer.Quadrant("vriezer").Locator(".app-note")).ToHaveCountAsync(0);
        await Expect(seed.Notes.Filter(new() { HasText = keep })).ToContainTextAsync("Bloem: behouden", new() { Timeout = 5_000 });
        await Accessibility.CheckAsync(beamer, "evaluation with two notes");
        await Screenshots.TakeAsync(flower.Page, "evaluation-phone");

        // A full board (24 notes) still fits a 1280×720 projector, and a 1920×1080 one, without scrolling.
        foreach (var (field, text) in MoreNotes) await (field is "bloem" or "prullenbak" ? flower : seed).AddNoteToAsync(field, text);
        await Expect(beamer.Notes).ToHaveCountAsync(MoreNotes.Length + 2, Soon);
        await Screenshots.TakeAsync(beamer.Page, "evaluation-beamer-1280", fullPage: false);
        await QuadrantsShouldFitAsync(beamer, SmallBeamer);
        await beamer.Page.SetViewportSizeAsync(LargeBeamer.Width, LargeBeamer.Height);
        await Screenshots.TakeAsync(beamer.Page, "evaluation-beamer-1920", fullPage: false);
        await QuadrantsShouldFitAsync(beamer, LargeBeamer);
        await Accessibility.CheckAsync(beamer, "evaluation, full board");

        // Afterwards: read back from the meeting page, and on A4.
        await console.CloseMeetingAsync();
        var member = new MeetingPage(await NewPageSignedInAsAsync(first.Email), meeting.Id);
        await member.GotoAsync();
        await member.Page.GetByRole(AriaRole.Link, new() { Name = "Evaluatie teruglezen" }).ClickAsync();
        var result = new EvaluationPage(member.Page, meeting.Id);
        await Expect(result.Fields).ToHaveCountAsync(4);
        await Expect(result.Notes("bloem").Filter(new() { HasText = keep })).ToHaveCountAsync(1);
        await Expect(result.Notes("zaadje").Filter(new() { HasText = grow })).ToHaveCountAsync(1);
        await Expect(result.Notes("prullenbak")).ToHaveCountAsync(MoreNotes.Count(n => n.Field == "prullenbak"));
        await Accessibility.CheckAsync(result, "read back");
        await Screenshots.TakeAsync(result.Page, "evaluation-read-back");
        var print = await result.OpenPrintAsync();
        await Expect(print.Notes("vriezer")).ToHaveCountAsync(MoreNotes.Count(n => n.Field == "vriezer"));
        await Accessibility.CheckAsync(print, "print");
        await print.Page.EmulateMediaAsync(new() { Media = Media.Print });
        await Screenshots.TakeAsync(print.Page, "evaluation-print");

        Accessibility.ShouldHaveFoundNoSeriousViolations();
    }

    /// <summary>Every quadrant lies within the window, the page does not scroll, and the notes are at least 20px.</summary>
    private static async Task QuadrantsShouldFitAsync(BeamerPage beamer, ViewportSize size)
    {
        foreach (var quadrant in await beamer.Quadrants().AllAsync())
        {
            var box = (await quadrant.BoundingBoxAsync())!;
            Assert.True(box.X >= 0 && box.Y >= 0 && box.X + box.Width <= size.Width + 0.5 && box.Y + box.Height <= size.Height + 0.5,
                $"{await quadrant.GetAttributeAsync("data-column")} at {box.X},{box.Y} {box.Width}×{box.Height} is not within {size.Width}×{size.Height}");
        }
        // Each quadrant shows all its notes: none runs below its quadrant, nor hides in a quadrant that scrolls.
        var hidden = await beamer.Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.app-board--quadrants > .app-board__column')].flatMap(q => {
                const list = q.querySelector('.app-board__items'), bottom = Math.min(q.getBoundingClientRect().bottom, list.getBoundingClientRect().bottom);
                const cut = [...list.querySelectorAll('.app-note')].filter(n => n.getBoundingClientRect().bottom > bottom + 0.5).map(n => n.innerText);
                return list.scrollHeight > list.clientHeight + 1 ? [`${q.dataset.column} scrolls`, ...cut] : cut;
            })
            """);
        Assert.True(hidden.Length == 0, $"not in view at {size.Width}×{size.Height}: {string.Join("; ", hidden)}");
        var scroll = await beamer.Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollHeight, document.documentElement.scrollWidth]");
        Assert.True(scroll[0] <= size.Height && scroll[1] <= size.Width, $"the beamer scrolls: {scroll[1]}×{scroll[0]} in {size.Width}×{size.Height}");
        var fonts = await beamer.Page.EvaluateAsync<double[]>("() => [...document.querySelectorAll('.app-board--quadrants .app-note')].map(n => parseFloat(getComputedStyle(n).fontSize))");
        Assert.All(fonts, f => Assert.True(f >= 20, $"a note is {f}px"));
    }
}

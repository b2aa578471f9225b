using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Leerruimte.BrowserTests.Pages;

/// <summary>The evaluation board (W9) as the screens of a meeting show it: opened from the console, filled from phones, shown on the beamer.</summary>
public static class EvaluationScreens
{
    public const string StepTitle = "Evaluatie";

    public static async Task OpenEvaluationAsync(this ConsolePage console)
    {
        await console.Root.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Evaluatie openen") }).ClickAsync();
        await Expect(console.CurrentItem).ToHaveTextAsync(StepTitle);
    }

    /// <summary>The fields a phone offers to put a note in.</summary>
    public static ILocator Fields(this PhonePage phone) => phone.Root.Locator("[data-columns] input[name=NoteColumn]");

    /// <summary>Chooses the field (by its key, e.g. "bloem") and puts a note in it.</summary>
    public static async Task AddNoteToAsync(this PhonePage phone, string field, string text)
    {
        await phone.Root.Locator($"[data-columns] input[name=NoteColumn][value={field}]").CheckAsync();
        await phone.AddNoteAsync(text);
    }

    public static ILocator Quadrants(this BeamerPage beamer) => beamer.Root.Locator(".app-board--quadrants > .app-board__column");

    public static ILocator Quadrant(this BeamerPage beamer, string field) => beamer.Root.Locator($".app-board--quadrants > [data-column={field}]");
}

/// <summary>A meeting's evaluation read back afterwards (/bijeenkomsten/{id}/evaluatie), with its print version.</summary>
public sealed class EvaluationPage(IPage page, Guid id, bool print = false) : BasePage(page)
{
    public override string Path => $"/bijeenkomsten/{id}/evaluatie{(print ? "/afdrukken" : "")}";

    public ILocator Fields => Page.Locator(".app-evaluation__field");

    public ILocator Notes(string field) => Page.Locator($".app-evaluation__field[data-column={field}] .app-note__text");

    public async Task<EvaluationPage> OpenPrintAsync()
    {
        await Page.GetByRole(AriaRole.Link, new() { Name = "Evaluatie afdrukken" }).ClickAsync();
        var printed = new EvaluationPage(Page, id, print: true);
        await Expect(Page).ToHaveURLAsync(new Regex($"{Regex.Escape(printed.Path)}$"));
        await Expect(printed.Fields).ToHaveCountAsync(4);
        return printed;
    }
}

namespace Leerruimte.BrowserTests.Infrastructure;

/// <summary>
/// Screenshots for people to look at, not for assertions: written only when LEERRUIMTE_SCREENSHOTS names a folder,
/// so a run can be inspected by eye (the live meeting screens, a phone at 375 px) without slowing ordinary runs.
/// </summary>
public static class Screenshots
{
    public const string FolderVariable = "LEERRUIMTE_SCREENSHOTS";

    /// <summary>Saves the whole page, or with <paramref name="fullPage"/> false only what fits the window (a beamer).</summary>
    public static async Task TakeAsync(IPage page, string name, bool fullPage = true)
    {
        if (Environment.GetEnvironmentVariable(FolderVariable) is not { Length: > 0 } folder) return;
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}.png"), FullPage = fullPage });
    }

    /// <summary>Saves one part of a page (a chart, a list), for a closer look than a whole phone page gives.</summary>
    public static async Task TakeAsync(ILocator element, string name)
    {
        if (Environment.GetEnvironmentVariable(FolderVariable) is not { Length: > 0 } folder) return;
        Directory.CreateDirectory(folder);
        await element.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}.png") });
    }
}

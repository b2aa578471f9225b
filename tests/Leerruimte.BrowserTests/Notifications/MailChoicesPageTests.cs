using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Leerruimte.BrowserTests.Notifications;

/// <summary>The page where a person chooses, per kind of message, a mail at once, the weekly digest or the start page only.</summary>
public sealed class MailChoicesPageTests(BrowserSuite suite, ITestOutputHelper output) : BrowserTest(suite, output)
{
    [Fact]
    public async Task On_a_phone_the_choices_open_from_the_header_fit_the_screen_pass_axe_and_are_saved()
    {
        var page = await NewPageSignedInAsAsync("esther@lindenhaven.example", Phone);
        await new AppPage(page, "/").GotoAsync();
        await new SiteHeader(page).Root.GetByRole(AriaRole.Link, new() { Name = "Mijn e-mail", Exact = true }).ClickAsync();
        var choices = new AppPage(page, "/mijn-e-mail");
        await Expect(choices.Heading).ToHaveTextAsync("Mijn e-mail");
        var fit = await choices.HorizontalFitAsync();
        Assert.True(fit.Fits, fit.ToString());
        await Accessibility.CheckAsync(choices, "phone");

        var reminders = page.GetByRole(AriaRole.Group, new() { Name = "Herinneringen" });
        await reminders.GetByLabel("In de verzamelmail op maandag").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Je keuzes zijn opgeslagen." })).ToBeVisibleAsync();
        await Expect(reminders.GetByLabel("In de verzamelmail op maandag")).ToBeCheckedAsync();
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Uitnodigingen" }).GetByLabel("Meteen een e-mail")).ToBeCheckedAsync();
        await Accessibility.CheckAsync(choices, "phone, saved");
        Accessibility.ShouldHaveFoundNoSeriousViolations();
    }
}

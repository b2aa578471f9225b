using System.Text.RegularExpressions;
using Leerruimte.BrowserTests.Pages;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Leerruimte.BrowserTests.Development;

/// <summary>
/// The register declaration as a professional makes it: from the learning log to the periods, the register number,
/// one period on screen and on A4; every page passes axe, on a phone too.
/// </summary>
public sealed class DeclarationPagesTests(BrowserSuite suite, ITestOutputHelper output) : BrowserTest(suite, output)
{
    // The demo's consultation of last week put 45 minutes of reflection into her learning log.
    private const string Member = "aylin@lindenhaven.example";

    [Fact]
    public async Task A_member_opens_the_declaration_of_a_period_from_the_log_and_prints_it()
    {
        var phone = await NewPageSignedInAsAsync(Member, Phone);
        var log = new AppPage(phone, "/leerlogboek");
        await log.GotoAsync();
        await phone.GetByRole(AriaRole.Link, new() { Name = "Verklaringen voor het register" }).ClickAsync();
        await Expect(phone).ToHaveURLAsync(new Regex("/leerlogboek/verklaring$"));
        var periods = new AppPage(phone, "/leerlogboek/verklaring");
        await phone.Locator("#number").FillAsync("RP2026demo");
        await periods.SubmitAsync(phone.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }));
        await Expect(phone.Locator("main")).ToContainTextAsync("Je registratienummer is opgeslagen.");
        await Accessibility.CheckAsync(periods, "phone, declaration periods");

        await phone.Locator("main tbody a", new() { HasText = "Bekijken" }).First.ClickAsync();
        await Expect(phone).ToHaveURLAsync(new Regex("/leerlogboek/verklaring/\\d{4}$"));
        var declaration = new AppPage(phone, new Uri(phone.Url).AbsolutePath);
        await Expect(phone.Locator(".app-declaration__facts")).ToContainTextAsync("RP2026demo");
        await Expect(phone.Locator(".app-declaration__totals")).ToContainTextAsync("Totaal reflectie-uren");
        await Accessibility.CheckAsync(declaration, "phone, one period's declaration");

        var laptop = await NewPageSignedInAsAsync(Member);
        var print = new AppPage(laptop, declaration.Path + "/afdrukken");
        await print.GotoAsync();
        await Expect(laptop.Locator(".app-declaration__signature")).ToContainTextAsync("Handtekening");
        await Accessibility.CheckAsync(print, "declaration print view");

        Accessibility.ShouldHaveFoundNoSeriousViolations();
    }
}

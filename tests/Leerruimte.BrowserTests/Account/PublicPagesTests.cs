using System.Text.RegularExpressions;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Leerruimte.BrowserTests.Account;

public sealed class PublicPagesTests(BrowserSuite suite, ITestOutputHelper output) : BrowserTest(suite, output)
{
    [Fact]
    public async Task The_login_page_the_not_found_page_and_the_forgot_password_page_pass_axe()
    {
        var page = await NewPageAsync();

        var start = new AppPage(page, "/");
        await start.GotoAsync();
        await Accessibility.CheckAsync(start, "signed out");

        var login = new LoginPage(page);
        await login.GotoAsync();
        await Accessibility.CheckAsync(login);
        await login.Submit.ClickAsync();
        await Expect(page.Locator(".validation-message").First).ToBeVisibleAsync();
        await Accessibility.CheckAsync(login, "with validation messages");
        // An address that belongs to nobody, so no demo account gets closer to a lockout.
        await login.TryLogInAsync("niemand@lindenhaven.example", "geen-goed-wachtwoord");
        await Expect(login.Error).ToBeVisibleAsync();
        await Accessibility.CheckAsync(login, "after a failed login");

        var notFound = new AppPage(page, "/deze-pagina-bestaat-niet");
        var response = await notFound.GotoAsync();
        Assert.Equal(404, response!.Status);
        await Expect(notFound.Heading).ToHaveTextAsync("Pagina niet gevonden");
        await Accessibility.CheckAsync(notFound);

        await login.GotoAsync();
        await login.ForgotPasswordLink.ClickAsync();
        var forgot = new ForgotPasswordPage(page);
        await Expect(page).ToHaveURLAsync(new Regex("/wachtwoord-vergeten$"));
        await Expect(forgot.Email).ToBeVisibleAsync();
        await Accessibility.CheckAsync(forgot);
        await forgot.Email.FillAsync("niemand@lindenhaven.example");
        await forgot.Submit.ClickAsync();
        await Expect(page.Locator(".utrecht-alert[role=status]")).ToBeVisibleAsync();
        await Accessibility.CheckAsync(forgot, "after sending");

        Accessibility.ShouldHaveFoundNoSeriousViolations();
    }
}

using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Leerruimte.BrowserTests.Pages;

public sealed class LoginPage(IPage page) : BasePage(page)
{
    public override string Path => "/inloggen";

    public ILocator Email => Page.Locator("#email");
    public ILocator Password => Page.Locator("#password");
    public ILocator Submit => Page.Locator("form button[type=submit]").Last;
    public ILocator Error => Page.Locator(".utrecht-alert[role=alert]");
    public ILocator ForgotPasswordLink => Page.Locator("a[href='/wachtwoord-vergeten']");

    /// <summary>Signs in and waits until the app has taken the person away from the login page.</summary>
    public async Task LogInAsync(string email, string password)
    {
        await TryLogInAsync(email, password);
        await Expect(Page).Not.ToHaveURLAsync(new Regex("/inloggen"));
        await Expect(Header.SignedInAs).ToBeVisibleAsync();
    }

    /// <summary>Fills in and sends the form, without expecting it to succeed.</summary>
    public async Task TryLogInAsync(string email, string password)
    {
        await Email.FillAsync(email);
        await Password.FillAsync(password);
        await Submit.ClickAsync();
    }
}

public sealed class ForgotPasswordPage(IPage page) : BasePage(page)
{
    public override string Path => "/wachtwoord-vergeten";

    public ILocator Email => Page.Locator("#email");
    public ILocator Submit => Page.Locator("form button[type=submit]").Last;
}

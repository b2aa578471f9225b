namespace Leerruimte.IntegrationTests.Mail;

/// <summary>The mails that let people set a password: welcome for a new person, and "wachtwoord vergeten".</summary>
public sealed class PasswordMailTests(SmtpMailApp app) : IClassFixture<SmtpMailApp>
{
    private const string NewPassword = "fietsen langs de 4 grachten";
    private const string LinkRefused = "Deze link is verlopen of al gebruikt";

    [Fact]
    public async Task A_person_created_by_an_admin_gets_a_welcome_mail_whose_link_sets_their_password_so_they_can_sign_in()
    {
        var org = await app.CreateOrganisationAsync();
        var admin = await app.LoginAsync(org.Admin);
        var email = MailWorld.NewAddress("fatima");

        var form = await admin.PageAsync("/beheer/mensen/nieuw");
        var created = await form.SubmitAsync(admin, "new-person", new Dictionary<string, string>
        {
            ["Input.Name"] = "Fatima el Amrani",
            ["Input.Email"] = email,
            ["Input.TeamId"] = (await app.TeamIdAsync(org)).ToString(),
            ["Input.Role"] = "Member",
            ["Input.IsAdmin"] = "false",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.Status);

        var mail = Assert.Single(await app.Smtp.MailArrivesAsync(email)).Message;
        Assert.Equal($"Welkom bij Leerruimte van {org.Name}", mail.Subject);
        Assert.Contains("Beste Fatima el Amrani", mail.TextBody);
        var saved = await SetPasswordAsync(MailWorld.SetPasswordLinkIn(mail.TextBody!), NewPassword);

        Assert.Contains("Je wachtwoord is opgeslagen", saved.Text);
        await app.LoginAsync(email, NewPassword);
    }

    [Fact]
    public async Task Forgot_password_for_a_known_address_mails_a_link_that_sets_a_new_password()
    {
        var org = await app.CreateOrganisationAsync();

        var answer = await ForgotAsync(org.Member);

        Assert.Contains("Als dit e-mailadres bij ons bekend is", answer.Text);
        var mail = Assert.Single(await app.Smtp.MailArrivesAsync(org.Member)).Message;
        Assert.Equal("Je wachtwoord voor Leerruimte", mail.Subject);
        var saved = await SetPasswordAsync(MailWorld.SetPasswordLinkIn(mail.TextBody!), NewPassword);
        Assert.Contains("Je wachtwoord is opgeslagen", saved.Text);
        await app.LoginAsync(org.Member, NewPassword);
        await Assert.ThrowsAsync<InvalidOperationException>(() => app.LoginAsync(org.Member, World.Password));
    }

    [Fact]
    public async Task Forgot_password_for_an_unknown_address_gives_the_same_answer_and_sends_nothing()
    {
        var org = await app.CreateOrganisationAsync();
        var unknown = MailWorld.NewAddress("onbekend");

        var forUnknown = await ForgotAsync(unknown);
        var forKnown = await ForgotAsync(org.Leader);

        Assert.Equal(HttpStatusCode.OK, forUnknown.Status);
        Assert.Equal(forKnown.Text, forUnknown.Text);
        await app.Smtp.MailArrivesAsync(org.Leader);
        Assert.Empty(await app.MailsToAsync(unknown));
        Assert.Empty(app.Smtp.ReceivedFor(unknown));
    }

    [Theory]
    [InlineData("persoon={member}&code=niet-geldig")]
    [InlineData("persoon={unknown}&code=niet-geldig")]
    [InlineData("persoon=geen-id&code=niet-geldig")]
    [InlineData("")]
    public async Task A_link_with_an_invalid_code_gives_a_Dutch_message_not_an_error(string query)
    {
        var org = await app.CreateOrganisationAsync();
        var url = "/wachtwoord-instellen?" + query
            .Replace("{member}", (await app.PersonIdAsync(org.Member)).ToString())
            .Replace("{unknown}", Guid.NewGuid().ToString());

        var result = await SetPasswordAsync(url, NewPassword);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains(LinkRefused, result.Text);
        await app.LoginAsync(org.Member); // the old password still works
    }

    [Fact]
    public async Task A_link_works_only_once()
    {
        var org = await app.CreateOrganisationAsync();
        await ForgotAsync(org.Facilitator);
        var link = MailWorld.SetPasswordLinkIn(Assert.Single(await app.Smtp.MailArrivesAsync(org.Facilitator)).Message.TextBody!);
        await SetPasswordAsync(link, NewPassword);

        var again = await SetPasswordAsync(link, "nog een ander wachtwoord 2");

        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Contains(LinkRefused, again.Text);
        await app.LoginAsync(org.Facilitator, NewPassword);
    }

    [Fact]
    public async Task A_too_short_password_is_refused_with_a_Dutch_message_and_the_link_still_works()
    {
        var org = await app.CreateOrganisationAsync();
        await ForgotAsync(org.Trainer);
        var link = MailWorld.SetPasswordLinkIn(Assert.Single(await app.Smtp.MailArrivesAsync(org.Trainer)).Message.TextBody!);

        var tooShort = await SetPasswordAsync(link, "kort1");

        Assert.Equal(HttpStatusCode.OK, tooShort.Status);
        Assert.Contains("Het wachtwoord moet minstens 10 tekens lang zijn.", tooShort.Text);
        await app.LoginAsync(org.Trainer); // unchanged
        Assert.Contains("Je wachtwoord is opgeslagen", (await SetPasswordAsync(link, NewPassword)).Text);
    }

    private async Task<HtmlPage> ForgotAsync(string email)
    {
        var browser = app.Browser();
        var page = await browser.PageAsync("/wachtwoord-vergeten");
        return await page.SubmitAsync(browser, "forgot", new Dictionary<string, string> { ["Input.Email"] = email });
    }

    private async Task<HtmlPage> SetPasswordAsync(string link, string password)
    {
        var browser = app.Browser();
        var page = await browser.PageAsync(link);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return await page.SubmitAsync(browser, "set-password", new Dictionary<string, string> { ["Input.Password"] = password, ["Input.Confirm"] = password });
    }
}

namespace Leerruimte.IntegrationTests.Mail;

public sealed class ExpiredLinkTests(ExpiredLinksApp app) : IClassFixture<ExpiredLinksApp>
{
    [Fact]
    public async Task An_expired_link_gives_a_Dutch_message_and_leaves_the_password_unchanged()
    {
        var org = await app.CreateOrganisationAsync();
        var browser = app.Browser();
        await (await browser.PageAsync("/wachtwoord-vergeten")).SubmitAsync(browser, "forgot", new Dictionary<string, string> { ["Input.Email"] = org.Member });
        var link = MailWorld.SetPasswordLinkIn(Assert.Single(await app.MailsToAsync(org.Member)).TextBody);

        var page = await browser.PageAsync(link);
        var result = await page.SubmitAsync(browser, "set-password",
            new Dictionary<string, string> { ["Input.Password"] = "te laat voor 1 nieuw wachtwoord", ["Input.Confirm"] = "te laat voor 1 nieuw wachtwoord" });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("Deze link is verlopen of al gebruikt. Vraag een nieuwe aan.", result.Text);
        await app.LoginAsync(org.Member);
    }
}

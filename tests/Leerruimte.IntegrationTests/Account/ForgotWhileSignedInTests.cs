using Leerruimte.IntegrationTests.Mail;

namespace Leerruimte.IntegrationTests.Account;

public sealed class ForgotWhileSignedInTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    [Fact]
    public async Task Asking_a_reset_link_for_someone_of_another_organisation_while_signed_in_is_no_error()
    {
        var (mine, theirs) = (await app.CreateOrganisationAsync(), await app.CreateOrganisationAsync());
        var client = await app.LoginAsync(mine.Member);

        var result = await (await client.PageAsync("/wachtwoord-vergeten")).SubmitAsync(client, "forgot",
            new Dictionary<string, string> { ["Input.Email"] = theirs.Member });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        var mail = Assert.Single(await app.MailsToAsync(theirs.Member));
        Assert.Equal(theirs.Id, mail.OrganisationId);
    }

    [Fact]
    public async Task A_reset_link_opened_while_signed_in_to_another_organisation_sets_the_password_and_keeps_the_sign_in()
    {
        var (mine, theirs) = (await app.CreateOrganisationAsync(), await app.CreateOrganisationAsync());
        var anonymous = app.Browser();
        await (await anonymous.PageAsync("/wachtwoord-vergeten")).SubmitAsync(anonymous, "forgot", new Dictionary<string, string> { ["Input.Email"] = theirs.Member });
        var link = MailWorld.SetPasswordLinkIn(Assert.Single(await app.MailsToAsync(theirs.Member)).TextBody!);
        var client = await app.LoginAsync(mine.Member);

        var form = await client.PageAsync(link);
        var saved = await form.SubmitAsync(client, "set-password",
            new Dictionary<string, string> { ["Input.Password"] = "Nieuw-wachtwoord-2027", ["Input.Confirm"] = "Nieuw-wachtwoord-2027" });

        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.Contains("Je wachtwoord is opgeslagen", saved.Text);
        await app.LoginAsync(theirs.Member, "Nieuw-wachtwoord-2027");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/meter")).StatusCode);
    }
}

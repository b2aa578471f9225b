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
}

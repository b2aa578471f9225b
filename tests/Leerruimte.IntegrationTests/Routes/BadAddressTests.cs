namespace Leerruimte.IntegrationTests.Routes;

/// <summary>Addresses people type, shorten or tamper with get a Dutch answer, not a server error.</summary>
public sealed class BadAddressTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    [Theory]
    [InlineData("/modules/eigen-kracht-zelfregie?versie=abc")]
    [InlineData("/modules/eigen-kracht-zelfregie?versie=99999999999999")]
    [InlineData("/modules/eigen-kracht-zelfregie/afdrukken/draaiboek?versie=1.5")]
    [InlineData("/bijeenkomsten/plannen?team=abc")]
    [InlineData("/ontwikkelplan/nieuw?meting=abc")]
    [InlineData("/beheer/mensen?pagina=1&pagina=twee")]
    [InlineData("/beheer/mensen?zoek=%00")]
    [InlineData("/meedoen?code=AB%00CD")]
    public async Task A_query_value_that_does_not_parse_gets_the_dutch_bad_request_page(string address)
    {
        var org = await app.CreateOrganisationAsync();
        var client = await app.LoginAsync(address.StartsWith("/beheer") ? org.Admin : org.Facilitator);

        var page = await client.PageAsync(address);

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("Dit verzoek klopt niet", page.H1);
    }

    [Fact]
    public async Task An_empty_or_valid_query_value_still_opens_the_page()
    {
        var org = await app.CreateOrganisationAsync();
        var client = await app.LoginAsync(org.Facilitator);
        var version = await Packs.LatestVersionAsync(app, "eigen-kracht-zelfregie");

        Assert.Equal(HttpStatusCode.OK, (await client.PageAsync("/modules/eigen-kracht-zelfregie?versie=")).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.PageAsync($"/modules/eigen-kracht-zelfregie?versie={version}")).Status);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_language_switch_whose_return_address_hides_a_control_character_goes_to_the_start_page(bool signedIn)
    {
        var client = signedIn ? await app.LoginAsync((await app.CreateOrganisationAsync()).Member) : app.Browser();

        var response = await client.GetAsync("/taal/nl?terug=/%09/evil.example");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }
}

namespace Leerruimte.IntegrationTests.Account;

public sealed class SignInTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    [Fact]
    public async Task A_person_signs_in_with_email_and_password_and_sees_their_teams()
    {
        var org = await app.CreateOrganisationAsync();
        var client = await app.LoginAsync(org.Member);

        var start = await client.PageAsync("/");

        Assert.Equal(HttpStatusCode.OK, start.Status);
        Assert.Contains(org.Team, start.Text);
        Assert.Contains(org.OtherTeam, start.Text);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_Dutch_message()
    {
        var org = await app.CreateOrganisationAsync();
        var client = app.Browser();

        var result = await (await client.PageAsync("/inloggen")).SubmitAsync(client, "login",
            new Dictionary<string, string> { ["Input.Email"] = org.Member, ["Input.Password"] = "niet-het-wachtwoord-1" });

        Assert.True(result.Status == HttpStatusCode.OK, $"{result.Status} {result.Response.Headers.Location}");
        Assert.Contains("Het e-mailadres of wachtwoord klopt niet", result.Text);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_password()
    {
        var org = await app.CreateOrganisationAsync();
        var client = app.Browser();
        for (var i = 0; i < 5; i++)
            await (await client.PageAsync("/inloggen")).SubmitAsync(client, "login",
                new Dictionary<string, string> { ["Input.Email"] = org.Member, ["Input.Password"] = $"fout-wachtwoord-{i}" });

        var result = await (await client.PageAsync("/inloggen")).SubmitAsync(client, "login",
            new Dictionary<string, string> { ["Input.Email"] = org.Member, ["Input.Password"] = World.Password });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("tijdelijk geblokkeerd", result.Text);
        Assert.Contains("15 minuten", result.Text);
    }

    [Fact]
    public async Task An_empty_form_gets_field_messages_not_an_error()
    {
        var client = app.Browser();

        var result = await (await client.PageAsync("/inloggen")).SubmitAsync(client, "login",
            new Dictionary<string, string> { ["Input.Email"] = "", ["Input.Password"] = "" });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("Vul je e-mailadres in.", result.Text);
        Assert.Contains("Vul een wachtwoord in.", result.Text);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var org = await app.CreateOrganisationAsync();
        var client = await app.LoginAsync(org.Member);
        var confirm = await client.PageAsync("/uitloggen");

        var signOut = await confirm.SubmitAsync(client, "/account/uitloggen", new Dictionary<string, string>());
        var afterwards = await client.GetAsync("/modules");

        Assert.Equal(HttpStatusCode.Redirect, signOut.Status);
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.StartsWith("/inloggen", afterwards.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("vervalst")]
    public async Task Signing_out_without_the_forms_antiforgery_token_is_refused_and_the_session_stays(string? token)
    {
        var org = await app.CreateOrganisationAsync();
        var client = await app.LoginAsync(org.Member);

        var signOut = await client.PostAsync("/account/uitloggen", new FormUrlEncodedContent(
            token is null ? [] : [KeyValuePair.Create("__RequestVerificationToken", token)]));
        var afterwards = await client.GetAsync("/modules");

        Assert.Equal(HttpStatusCode.BadRequest, signOut.StatusCode);
        Assert.StartsWith("Uitloggen is niet gelukt", await signOut.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, afterwards.StatusCode);
    }

    [Fact]
    public async Task Signing_out_with_a_form_that_cannot_be_read_is_refused_in_Dutch()
    {
        var org = await app.CreateOrganisationAsync();
        var client = await app.LoginAsync(org.Member);

        var signOut = await client.PostAsync("/account/uitloggen",
            new StringContent("__RequestVerificationToken=%00", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.BadRequest, signOut.StatusCode);
        Assert.StartsWith("Uitloggen is niet gelukt", await signOut.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_return_address_on_another_site_is_ignored_after_signing_in()
    {
        var org = await app.CreateOrganisationAsync();
        var client = app.Browser();

        var result = await (await client.PageAsync("/inloggen?returnUrl=https%3A%2F%2Fevil.example%2F")).SubmitAsync(client, "login",
            new Dictionary<string, string> { ["Input.Email"] = org.Member, ["Input.Password"] = World.Password });

        Assert.Equal(HttpStatusCode.Redirect, result.Status);
        Assert.Equal("/", result.Response.Headers.Location!.OriginalString.Replace("http://localhost", ""));
    }
}

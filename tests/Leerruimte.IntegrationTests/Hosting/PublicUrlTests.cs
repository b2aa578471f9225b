using Microsoft.AspNetCore.Hosting;

namespace Leerruimte.IntegrationTests.Hosting;

/// <summary>Links in e-mails come from App:PublicUrl only, never from a Host header an outsider sends.</summary>
public sealed class PublicUrlTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    private const string ForgedHost = "evil.example";

    [Fact]
    public async Task A_reset_mail_asked_for_with_a_forged_Host_header_links_to_the_configured_address()
    {
        var org = await app.CreateOrganisationAsync();
        var forger = app.Browser();
        forger.DefaultRequestHeaders.Host = ForgedHost;

        var page = await forger.PageAsync("/wachtwoord-vergeten");
        await page.SubmitAsync(forger, "forgot", new Dictionary<string, string> { ["Input.Email"] = org.Member });

        var body = Assert.Single(await app.MailsToAsync(org.Member)).TextBody;
        Assert.Contains($"{LeerruimteApp.PublicUrl}/wachtwoord-instellen?persoon=", body);
        Assert.DoesNotContain(ForgedHost, body);
    }

    [Fact]
    public async Task The_welcome_mail_of_a_person_created_with_a_forged_Host_header_links_to_the_configured_address()
    {
        var org = await app.CreateOrganisationAsync();
        var admin = await app.LoginAsync(org.Admin);
        admin.DefaultRequestHeaders.Host = ForgedHost;
        var email = $"nieuw-{Guid.NewGuid():N}@test.example";

        var created = await (await admin.PageAsync("/beheer/mensen/nieuw")).SubmitAsync(admin, "new-person", new Dictionary<string, string>
        {
            ["Input.Name"] = "Nieuwe Collega",
            ["Input.Email"] = email,
            ["Input.TeamId"] = (await app.TeamIdAsync(org)).ToString(),
            ["Input.Role"] = "Member",
        });

        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        var body = Assert.Single(await app.MailsToAsync(email)).TextBody;
        Assert.Contains($"{LeerruimteApp.PublicUrl}/wachtwoord-instellen?persoon=", body);
        Assert.DoesNotContain(ForgedHost, body);
    }

    [Theory]
    [InlineData("", "App:PublicUrl is not set")]
    [InlineData("leerruimte.example.nl", "App:PublicUrl must be an absolute http or https address")]
    public async Task Outside_Development_the_app_refuses_to_start_without_a_usable_App_PublicUrl_and_names_the_setting(string configured, string message)
    {
        var production = new ProductionApp(configured);
        try
        {
            var refused = Assert.ThrowsAny<Exception>(() => production.Server);
            Assert.Contains(message, refused.ToString());
        }
        finally
        {
            await ((IAsyncLifetime)production).DisposeAsync();
        }
    }

    private sealed class ProductionApp(string publicUrl) : LeerruimteApp
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["App:PublicUrl"] = publicUrl };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }
    }
}

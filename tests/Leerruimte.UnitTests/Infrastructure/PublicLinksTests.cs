using Leerruimte.Infrastructure;
using Microsoft.Extensions.Options;

namespace Leerruimte.UnitTests.Infrastructure;

public sealed class PublicLinksTests
{
    [Theory]
    [InlineData("https://leerruimte.example.nl", "https://leerruimte.example.nl")]
    [InlineData("https://leerruimte.example.nl/", "https://leerruimte.example.nl")]
    [InlineData(" http://localhost:5080 ", "http://localhost:5080")]
    [InlineData("https://example.nl/leerruimte/", "https://example.nl/leerruimte")]
    public void A_configured_address_is_the_root_of_every_link(string configured, string root)
    {
        Assert.Equal(root, PublicLinks.Root(configured));
        Assert.Equal(root + "/wachtwoord-instellen", new PublicLinks(PublicLinks.Root(configured)).To("/wachtwoord-instellen"));
    }

    [Theory]
    [InlineData(null, "is not set")]
    [InlineData("", "is not set")]
    [InlineData("   ", "is not set")]
    [InlineData("leerruimte.example.nl", "must be an absolute http or https address")]
    [InlineData("/leerruimte", "must be an absolute http or https address")]
    [InlineData("ftp://leerruimte.example.nl", "must be an absolute http or https address")]
    [InlineData("javascript:alert(1)", "must be an absolute http or https address")]
    [InlineData("https://leerruimte.example.nl/?terug=evil", "must be an absolute http or https address")]
    [InlineData("https://iemand:geheim@leerruimte.example.nl", "must be an absolute http or https address")]
    public void A_missing_or_unusable_address_is_refused_with_a_message_naming_the_setting(string? configured, string message)
    {
        var refused = Assert.Throws<OptionsValidationException>(() => PublicLinks.Root(configured));

        Assert.Contains("App:PublicUrl", refused.Message);
        Assert.Contains(message, refused.Message);
    }
}

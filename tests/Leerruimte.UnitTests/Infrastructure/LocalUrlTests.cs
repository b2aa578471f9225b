using Leerruimte.Features.Account;

namespace Leerruimte.UnitTests.Infrastructure;

public sealed class LocalUrlTests
{
    [Theory]
    [InlineData("/modules", "/modules")]
    [InlineData("/modules?versie=1", "/modules?versie=1")]
    [InlineData("//evil.example", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("modules", "/")]
    [InlineData(null, "/")]
    [InlineData("/\t/evil.example", "/")]
    [InlineData("/\n/evil.example", "/")]
    [InlineData("/modules\0", "/")]
    public void Only_addresses_on_this_site_are_followed(string? url, string expected) => Assert.Equal(expected, LocalUrl.OrHome(url));
}

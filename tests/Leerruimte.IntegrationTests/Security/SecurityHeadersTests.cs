namespace Leerruimte.IntegrationTests.Security;

public sealed class SecurityHeadersTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    [Theory]
    [InlineData("/inloggen", HttpStatusCode.OK)] // a page
    [InlineData("/app.css", HttpStatusCode.OK)] // a static file
    [InlineData("/bestaat/helemaal/niet", HttpStatusCode.NotFound)]
    [InlineData("/meter", HttpStatusCode.Redirect)] // to the login page
    public async Task Every_answer_carries_the_content_security_policy_nosniff_and_a_referrer_policy(string url, HttpStatusCode status)
    {
        var response = await app.Browser().GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        ShouldHaveTheHeaders(response);
    }

    [Fact]
    public async Task An_error_answer_carries_them_too()
    {
        var response = await app.Browser().PostAsync("/inloggen", new FormUrlEncodedContent([new("_handler", "login")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode); // no antiforgery token
        ShouldHaveTheHeaders(response);
    }

    [Fact]
    public async Task The_policy_allows_only_the_apps_own_scripts_and_styles_and_nothing_inline()
    {
        var response = await app.Browser().GetAsync("/inloggen");

        var policy = Directives(response);
        Assert.Equal("'self'", policy["script-src"]);
        Assert.Equal("'self'", policy["style-src"]);
        Assert.Equal("'self'", policy["connect-src"]); // the live board's and the console's websockets, same host
        Assert.Equal("'none'", policy["object-src"]);
        Assert.Equal("'none'", policy["frame-ancestors"]);
        Assert.DoesNotContain(policy.Values, v => v.Contains("unsafe", StringComparison.Ordinal));
    }

    private static void ShouldHaveTheHeaders(HttpResponseMessage response)
    {
        Assert.Equal("'self'", Directives(response)["default-src"]);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    private static Dictionary<string, string> Directives(HttpResponseMessage response) =>
        Assert.Single(response.Headers.GetValues("Content-Security-Policy"))
            .Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(d => d[0], d => d[1]);
}

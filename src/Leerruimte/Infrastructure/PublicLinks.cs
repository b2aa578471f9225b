using Microsoft.Extensions.Options;

namespace Leerruimte.Infrastructure;

/// <summary>
/// Absolute links for e-mails, always on "App:PublicUrl". Never on the request's address: anyone can send a
/// request with a forged Host header, and a reset link to their host would hand them the token.
/// </summary>
public sealed class PublicLinks(string root)
{
    public const string Setting = "App:PublicUrl";

    public string To(string path) => root + path;

    /// <summary>The configured address without a trailing slash; the app does not start without a valid one.</summary>
    public static string Root(string? configured)
    {
        if (string.IsNullOrWhiteSpace(configured))
            throw Refused($"{Setting} is not set. Set it to the address people use to reach Leerruimte, e.g. "
                + "https://leerruimte.example.nl (environment variable App__PublicUrl): links in e-mails are built from it.");
        if (!Uri.TryCreate(configured.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
            || uri.UserInfo != "" || uri.Query != "" || uri.Fragment != "")
            throw Refused($"{Setting} must be an absolute http or https address without query, such as "
                + $"https://leerruimte.example.nl or https://example.nl/leerruimte; it is '{configured}'.");
        return uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }

    private static OptionsValidationException Refused(string message) => new("App", typeof(PublicLinks), [message]);
}

public static class PublicLinksSetup
{
    /// <summary>Read once at start, before the database is touched, so a missing address stops the app at once.</summary>
    public static WebApplicationBuilder AddPublicLinks(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(new PublicLinks(PublicLinks.Root(builder.Configuration[PublicLinks.Setting])));
        return builder;
    }
}

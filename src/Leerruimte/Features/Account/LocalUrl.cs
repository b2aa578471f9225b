namespace Leerruimte.Features.Account;

/// <summary>Guards redirects after sign-in and language switches against open redirects.</summary>
public static class LocalUrl
{
    // No control characters: browsers drop a tab or newline, so "/\t/evil.example" would become "//evil.example";
    // ASP.NET's LocalRedirect refuses them too, and threw (a 500) on what this let through.
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);

    public static string OrHome(string? url) => IsLocal(url) ? url! : "/";
}

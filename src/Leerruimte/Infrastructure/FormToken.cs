using Microsoft.AspNetCore.Antiforgery;

namespace Leerruimte.Infrastructure;

/// <summary>
/// The antiforgery check for endpoints that read their form by hand (the antiforgery middleware only refuses for
/// endpoints that bind the form themselves).
/// </summary>
public static class FormToken
{
    // A form that cannot be read at all (a NUL in it, a broken body) makes the check throw rather than answer no.
    public static async Task<bool> IsValidAsync(IAntiforgery antiforgery, HttpContext context)
    {
        try { return await antiforgery.IsRequestValidAsync(context); }
        catch (AntiforgeryValidationException) { return false; }
        catch (InvalidDataException) { return false; }
    }
}

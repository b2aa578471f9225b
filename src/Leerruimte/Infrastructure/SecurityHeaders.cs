namespace Leerruimte.Infrastructure;

/// <summary>
/// The Content-Security-Policy and the other protective headers, on every answer: pages, static files, redirects and
/// error pages. What the policy allows and why: docs/decisions/0010-content-security-policy.md.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The app's own scripts, styles and connections only; no inline script or style anywhere.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string ReferrerPolicy = "same-origin";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            // Set as the answer starts rather than now: the exception handler clears the headers of a failed request.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = ReferrerPolicy;
                return Task.CompletedTask;
            });
            return next(context);
        });
}

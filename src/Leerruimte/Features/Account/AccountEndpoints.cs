using Leerruimte.Infrastructure;
using Leerruimte.Authorization;
using Leerruimte.Features.People;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;

namespace Leerruimte.Features.Account;

public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        // A form post with antiforgery rather than a link, so no other site can sign someone out. Checked here: the
        // antiforgery middleware only refuses for endpoints that read the form, and this one does not.
        app.MapPost("/account/uitloggen", async (HttpContext context, IAntiforgery antiforgery, SignInSessions sessions, SignInManager<Person> signIn) =>
        {
            if (!await FormToken.IsValidAsync(antiforgery, context))
                return Results.Text(Resources.Ui.Logout_NotConfirmed, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            // This device's session only: a copy of its cookie stops working, the person's other devices do not.
            await sessions.EndAsync(context.User, context.RequestAborted);
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/inloggen");
        });

        app.MapGet("/taal/{culture}", (string culture, string? terug, HttpContext context) =>
        {
            if (culture is not ("nl" or "en")) return Results.BadRequest(Resources.Ui.Language_Unknown);
            context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture == "nl" ? "nl-NL" : "en-GB")),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            return Results.LocalRedirect(LocalUrl.OrHome(terug));
        });
        return app;
    }
}

using Leerruimte.Authorization;
using Leerruimte.Data;

namespace Leerruimte.Features.Sessions;

/// <summary>
/// Marks a page that only the facilitator of a session may open (a host's console and beamer): the host of that
/// kind whose id is in the route value <paramref name="RouteValue"/>. Those pages are interactive without prerendering,
/// so they cannot answer 404 themselves: the check below does, before the page is sent, and the page checks again when
/// its circuit starts (<see cref="Screens.LiveScreen"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class SessionScreenAttribute(string kind, string routeValue) : Attribute
{
    public string Kind { get; } = kind;
    public string RouteValue { get; } = routeValue;
}

public static class SessionScreens
{
    public static IApplicationBuilder UseSessionScreens(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<SessionScreenAttribute>() is { } screen && !await IsFacilitatorAsync(context, screen))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            await next(context);
        });

    private static async Task<bool> IsFacilitatorAsync(HttpContext context, SessionScreenAttribute screen)
    {
        var me = context.RequestServices.GetRequiredService<CurrentUser>().PersonId;
        if (me is null) return true; // not signed in: authorization already sent them to the login page
        return Guid.TryParse(context.Request.RouteValues[screen.RouteValue] as string, out var host)
            && await SessionAccess.FacilitatedSessionAsync(context.RequestServices.GetRequiredService<LeerruimteDb>(), new Origin(screen.Kind, host), me.Value, context.RequestAborted) is not null;
    }
}

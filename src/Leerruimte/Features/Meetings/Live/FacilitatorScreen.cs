using Leerruimte.Authorization;

namespace Leerruimte.Features.Meetings.Live;

/// <summary>
/// Marks a page that only the facilitator of the meeting in its route may open (console, beamer). Those pages are
/// interactive without prerendering, so they cannot answer 404 themselves: the check below does, before the page
/// is sent, and the page checks again when its circuit starts.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class FacilitatorScreenAttribute : Attribute;

public static class FacilitatorScreens
{
    public static IApplicationBuilder UseFacilitatorScreens(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<FacilitatorScreenAttribute>() is not null
                && !await IsFacilitatorAsync(context))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            await next(context);
        });

    private static async Task<bool> IsFacilitatorAsync(HttpContext context)
    {
        var me = context.RequestServices.GetRequiredService<CurrentUser>().PersonId;
        if (me is null) return true; // not signed in: authorization already sent them to the login page
        return Guid.TryParse(context.Request.RouteValues["MeetingId"] as string, out var meeting)
            && await MeetingAccess.IsFacilitatorAsync(context.RequestServices.GetRequiredService<Data.LeerruimteDb>(), meeting, me.Value, context.RequestAborted);
    }
}

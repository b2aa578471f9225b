using Leerruimte.Authorization;
using Leerruimte.Data;
using Leerruimte.Features.Sharing;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.LearningLog;

public static class EvidenceEndpoint
{
    /// <summary>The evidence file of an activity, for its owner and those it is shared with (a whole log only with evidence ticked); always as a download.</summary>
    public static IEndpointRouteBuilder MapEvidence(this IEndpointRouteBuilder app)
    {
        app.MapGet("/leerlogboek/bewijs/{activityId:guid}", async (Guid activityId, LeerruimteDb db, CurrentUser user, Shares shares, EvidenceFiles files, HttpContext http) =>
        {
            var activity = await db.LearningActivities.AsNoTracking().FirstOrDefaultAsync(a => a.Id == activityId);
            if (activity?.EvidenceKey is null || !await shares.CanReadEvidenceAsync(user.RequirePersonId(), activity.PersonId, activityId))
                return Results.NotFound();
            var stream = files.Open(activity.EvidenceKey);
            if (stream is null) return Results.NotFound();
            http.Response.Headers.XContentTypeOptions = "nosniff";
            return Results.File(stream, activity.EvidenceContentType ?? "application/octet-stream", activity.EvidenceFileName);
        }).RequireAuthorization();
        return app;
    }
}

using Leerruimte.Data;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.LearningLog;

/// <summary>Someone's whole learning log, newest first: for the owner's page and for whom it is shared with.</summary>
public static class LearningLogOf
{
    public static async Task<(List<Reflection> Reflections, List<LearningActivity> Activities)> OwnerAsync(LeerruimteDb db, Guid personId, CancellationToken ct = default)
    {
        var reflections = await db.Reflections.AsNoTracking().Where(r => r.PersonId == personId).OrderByDescending(r => r.Date).ToListAsync(ct);
        var activities = await db.LearningActivities.AsNoTracking().Where(a => a.PersonId == personId).OrderByDescending(a => a.Date).ToListAsync(ct);
        return (reflections, activities);
    }
}

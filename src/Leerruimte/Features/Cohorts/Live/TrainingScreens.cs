using Leerruimte.Data;
using Leerruimte.Features.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Cohorts.Live;

/// <summary>Tells the screens of a cohort's running training sessions that what they show of the cohort changed (<see cref="HostChanged"/>).</summary>
public sealed class TrainingScreens(LeerruimteDb db, ISessionEvents events)
{
    public async Task CohortChangedAsync(Guid cohortId, CancellationToken ct = default)
    {
        var running = await db.CohortSessions.Where(s => s.CohortId == cohortId && s.Session!.Status == SessionStatus.Running)
            .Select(s => s.SessionId).ToListAsync(ct);
        foreach (var id in running) await events.PublishAsync(new HostChanged(id));
    }
}

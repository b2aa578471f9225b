using Leerruimte.Data;
using Leerruimte.Features.Cohorts;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Meetings;
using Leerruimte.Features.Modules;
using Leerruimte.Features.Sessions;
using Leerruimte.Features.TrainingProgrammes;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Actions;

/// <summary>
/// What a personal action came from, as its pages need it: a team meeting (its module's individual action) or the
/// last session of a training (the programme's agreements). Written once the host has started, followed up once it
/// is closed; the facilitator or trainer of the host sees the actions of everyone in it.
/// </summary>
public sealed record ActionHost(Origin Origin, Guid SessionId, string Title, string Link, IndividualAction Part,
    bool Started, bool Closed, DateTime StartsAt, Guid FacilitatorId, ModulePack? Module = null)
{
    public bool IsTraining => Origin.Kind == CohortSession.Kind;
}

/// <summary>Finds the host of an action by its origin, for someone in its session (nobody else, not a leader or admin).</summary>
public sealed class ActionHosts(LeerruimteDb db, ContentCatalogue catalogue)
{
    public async Task<ActionHost?> ForAsync(Origin origin, Guid personId, CancellationToken ct = default) =>
        await FindAsync(origin, ct) is { } host && await SessionAccess.IsInAsync(db, host.SessionId, personId, ct) ? host : null;

    public Task<ActionHost?> FindAsync(Origin origin, CancellationToken ct = default) => origin.Kind switch
    {
        Origin.MeetingKind => MeetingAsync(origin.Id, ct),
        CohortSession.Kind => TrainingAsync(origin.Id, ct),
        _ => Task.FromResult<ActionHost?>(null),
    };

    private async Task<ActionHost?> MeetingAsync(Guid id, CancellationToken ct)
    {
        var meeting = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id && m.Status != MeetingStatus.Cancelled, ct);
        if (meeting is null || await catalogue.ByVersionIdAsync<ModulePack>(meeting.ModuleVersionId, ct) is not { IndividualAction: { } part } module) return null;
        return new(Origin.Meeting(id), meeting.SessionId, meeting.Title, $"/bijeenkomsten/{id}", part,
            meeting.Status != MeetingStatus.Planned, meeting.Status == MeetingStatus.Closed, meeting.StartsAt, meeting.FacilitatorId, module);
    }

    private async Task<ActionHost?> TrainingAsync(Guid id, CancellationToken ct)
    {
        var session = await db.CohortSessions.AsNoTracking().Include(s => s.Cohort).Include(s => s.Session).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (session is not { Cohort: { } cohort, Session: { } live } || live.Status == SessionStatus.Cancelled) return null;
        var programme = await catalogue.ByVersionIdAsync<TrainingProgrammePack>(cohort.ProgrammeVersionId, ct);
        if (programme is null || !programme.HasAgreementsIn(session.Module)) return null;
        return new(session.Origin, live.Id, CohortInvitations.ModuleTitle(programme, session.Module), CohortLinks.Session(id), programme.Agreements!,
            live.Status != SessionStatus.Planned, live.Status == SessionStatus.Closed, session.StartsAt, cohort.TrainerId);
    }
}

using Leerruimte.Authorization;
using Leerruimte.Data;
using Leerruimte.Features.Teams;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Meetings;

/// <summary>
/// Who may do what with a meeting. Board items, groups and attendance belong to the meeting's people
/// (invitees) and its facilitator, and not to the team leader unless invited.
/// </summary>
public static class MeetingAccess
{
    public static Task<bool> IsParticipantAsync(LeerruimteDb db, Guid meetingId, Guid personId, CancellationToken ct = default) =>
        db.Meetings.AnyAsync(m => m.Id == meetingId && (m.FacilitatorId == personId || m.Invitees.Any(i => i.PersonId == personId)), ct);

    /// <summary>Facilitators and team leaders of the team plan its meetings; admins may plan for any team.</summary>
    public static IQueryable<Team> TeamsPlannableBy(LeerruimteDb db, CurrentUser user)
    {
        if (user.IsAdmin) return db.Teams;
        var me = user.RequirePersonId();
        return db.Teams.Where(t => t.Memberships.Any(m => m.PersonId == me && (m.Role == TeamRole.Facilitator || m.Role == TeamRole.TeamLeader)));
    }

    public static Task<bool> IsFacilitatorAsync(LeerruimteDb db, Guid meetingId, Guid personId, CancellationToken ct = default) =>
        db.Meetings.AnyAsync(m => m.Id == meetingId && m.FacilitatorId == personId, ct);

    /// <summary>The meeting if this person may run it (its facilitator), else null.</summary>
    public static Task<Meeting?> AsFacilitatorAsync(LeerruimteDb db, Guid meetingId, Guid personId, CancellationToken ct = default) =>
        db.Meetings.Include(m => m.Invitees).FirstOrDefaultAsync(m => m.Id == meetingId && m.FacilitatorId == personId, ct);
}

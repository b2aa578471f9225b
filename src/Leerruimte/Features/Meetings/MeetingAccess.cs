using Leerruimte.Authorization;
using Leerruimte.Data;
using Leerruimte.Features.Teams;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Meetings;

/// <summary>
/// Who may plan meetings. Who is in a meeting (its board, groups and attendance) is the rule of its session:
/// <see cref="Sessions.SessionAccess"/>; the team leader is not in it unless invited.
/// </summary>
public static class MeetingAccess
{
    /// <summary>Facilitators and team leaders of the team plan its meetings; admins may plan for any team.</summary>
    public static IQueryable<Team> TeamsPlannableBy(LeerruimteDb db, CurrentUser user)
    {
        if (user.IsAdmin) return db.Teams;
        var me = user.RequirePersonId();
        return db.Teams.Where(t => t.Memberships.Any(m => m.PersonId == me && (m.Role == TeamRole.Facilitator || m.Role == TeamRole.TeamLeader)));
    }

    /// <summary>The meeting with its session and participants if this person is its facilitator (to change it), else null.</summary>
    public static Task<Meeting?> AsFacilitatorAsync(LeerruimteDb db, Guid meetingId, Guid personId, CancellationToken ct = default) =>
        db.Meetings.Include(m => m.Session!).ThenInclude(s => s.Participants).FirstOrDefaultAsync(m => m.Id == meetingId && m.FacilitatorId == personId, ct);
}

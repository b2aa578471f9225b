using Leerruimte.Features.People;
using Leerruimte.Data;
using Leerruimte.Features.Sessions;
using Leerruimte.Features.Teams;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Meetings;

/// <summary>A meeting as one person may see it: participants see everything of theirs, team leaders only the outline.</summary>
public sealed record MeetingView(Meeting Meeting, string Team, string Facilitator, List<string> Invitees, bool IsFacilitator, bool IsParticipant, bool IsTeamLeader)
{
    public static async Task<MeetingView?> LoadAsync(LeerruimteDb db, Guid meetingId, Guid personId, CancellationToken ct = default)
    {
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Session!).ThenInclude(s => s.Participants).FirstOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null) return null;
        var isParticipant = await SessionAccess.IsInAsync(db, meeting.SessionId, personId, ct);
        var isLeader = await TeamAccess.IsLeaderAsync(db, meeting.TeamId, personId, ct);
        if (!isParticipant && !isLeader) return null;

        var team = await db.Teams.Where(t => t.Id == meeting.TeamId).Select(t => t.Name).SingleAsync(ct);
        var participants = meeting.Session!.Participants;
        var ids = participants.Select(p => p.PersonId).Append(meeting.FacilitatorId).ToList();
        var names = await db.Users.Where(p => ids.Contains(p.Id)).DisplayNamesAsync(ct);
        var invitees = participants.Select(p => names.GetValueOrDefault(p.PersonId, "?")).Order().ToList();
        return new MeetingView(meeting, team, names.GetValueOrDefault(meeting.FacilitatorId, "?"), invitees, meeting.FacilitatorId == personId, isParticipant, isLeader);
    }
}

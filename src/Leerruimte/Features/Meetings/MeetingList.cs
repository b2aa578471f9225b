using Leerruimte.Data;
using Leerruimte.Features.Sessions;
using Leerruimte.Features.Teams;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Meetings;

/// <summary>The meetings someone takes part in (invited or facilitating), or that their teams hold if they lead them.</summary>
public static class MeetingList
{
    /// <summary><see cref="TakesPart"/>: in its session (facilitating or invited); a team leader who is neither sees the meeting but not its live screens.</summary>
    public sealed record Row(Guid Id, string Title, string Team, DateTime StartsAt, MeetingStatus Status, bool Facilitating, bool TakesPart, int DurationMinutes = 0)
    {
        /// <summary>
        /// Happening now for someone in it: running, or planned and within the hour before its start (when phones can
        /// join) up to its planned end. What the start page puts first.
        /// </summary>
        public bool IsNowFor(DateTime now) => TakesPart && (Status == MeetingStatus.Running
            || Status == MeetingStatus.Planned && now >= StartsAt.AddHours(-1) && now <= StartsAt.AddMinutes(DurationMinutes));
    }

    public static Task<List<Row>> ForPersonAsync(LeerruimteDb db, Guid personId, DateTime from, int take, CancellationToken ct = default)
    {
        var mine = SessionAccess.SessionsOf(db, personId);
        return db.Meetings.AsNoTracking()
            .Where(m => m.StartsAt >= from && m.Status != MeetingStatus.Cancelled)
            .Where(m => mine.Contains(m.SessionId) || m.Team!.Memberships.Any(t => t.PersonId == personId && t.Role == TeamRole.TeamLeader))
            .OrderBy(m => m.StartsAt).Take(take)
            .Select(m => new Row(m.Id, m.Title, m.Team!.Name, m.StartsAt, m.Status, m.FacilitatorId == personId, mine.Contains(m.SessionId), m.DurationMinutes))
            .ToListAsync(ct);
    }
}

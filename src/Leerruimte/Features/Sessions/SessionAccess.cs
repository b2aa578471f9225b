using System.Linq.Expressions;
using Leerruimte.Data;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Sessions;

/// <summary>
/// Who is in a session: its facilitator and its participants, and nobody else (not a team leader who was not
/// invited, not an admin). The one rule, as an expression so every query (the board's, a host's lists) uses it in SQL.
/// </summary>
public static class SessionAccess
{
    public static Expression<Func<LiveSession, bool>> Includes(Guid personId) =>
        s => s.FacilitatorId == personId || s.Participants.Any(p => p.PersonId == personId);

    /// <summary>The sessions this person is in; a host filters its own rows with it (<c>mine.Contains(m.SessionId)</c>).</summary>
    public static IQueryable<Guid> SessionsOf(LeerruimteDb db, Guid personId) =>
        db.LiveSessions.Where(Includes(personId)).Select(s => s.Id);

    public static Task<bool> IsInAsync(LeerruimteDb db, Guid sessionId, Guid personId, CancellationToken ct = default) =>
        db.LiveSessions.Where(Includes(personId)).AnyAsync(s => s.Id == sessionId, ct);

    /// <summary>The session if this person runs it (its facilitator), with its participants, else null.</summary>
    public static Task<LiveSession?> AsFacilitatorAsync(LeerruimteDb db, Guid sessionId, Guid personId, CancellationToken ct = default) =>
        db.LiveSessions.Include(s => s.Participants).FirstOrDefaultAsync(s => s.Id == sessionId && s.FacilitatorId == personId, ct);

    /// <summary>The session a host runs, if this person is its facilitator (the console and beamer of that host).</summary>
    public static Task<Guid?> FacilitatedSessionAsync(LeerruimteDb db, Origin host, Guid personId, CancellationToken ct = default) =>
        db.LiveSessions.Where(s => s.OriginKind == host.Kind && s.OriginId == host.Id && s.FacilitatorId == personId)
            .Select(s => (Guid?)s.Id).FirstOrDefaultAsync(ct);
}

using Leerruimte.Data;
using Leerruimte.Features.People;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Sessions;

/// <summary>Everything a session screen shows, loaded from the database: the start, and the catch-up after a lost connection.</summary>
public sealed record SessionSnapshot(
    LiveSession Session, SessionScript BaseScript, SessionScript Script, LiveState State, List<BoardItemView> Items,
    Dictionary<string, List<GroupView>> Groups, List<AttendeeView> Attendees)
{
    public static async Task<SessionSnapshot?> LoadAsync(IServiceProvider sp, Guid sessionId, DateTime now, CancellationToken ct = default)
    {
        var db = sp.GetRequiredService<LeerruimteDb>();
        var session = await db.LiveSessions.AsNoTracking().Include(s => s.Participants).FirstOrDefaultAsync(s => s.Id == sessionId, ct);
        if (session is null) return null;
        var baseScript = await sp.GetRequiredService<SessionScripts>().BaseAsync(session.OriginKind, session.ScriptRef, ct);
        var script = sp.GetRequiredService<AddableSteps>().With(baseScript, session.AddedSteps, session.AnonymousSteps);

        var ids = session.Participants.Select(p => p.PersonId).ToList();
        var names = await db.Users.Where(p => ids.Contains(p.Id) || p.Id == session.FacilitatorId).DisplayNamesAsync(ct);
        var items = await db.BoardItems.AsNoTracking().Where(i => i.SessionId == sessionId).OrderBy(i => i.CreatedAt).ThenBy(i => i.Id).ToListAsync(ct);
        var members = await db.GroupMembers.AsNoTracking().Where(g => g.SessionId == sessionId).ToListAsync(ct);

        return new SessionSnapshot(
            session, baseScript, script, LiveState.Of(session, script, now),
            items.Select(i => BoardItemView.Of(i, script, names.GetValueOrDefault(i.AuthorId))).ToList(),
            members.GroupBy(g => g.StepKey).ToDictionary(g => g.Key, g => GroupsOf(g, names)),
            session.Participants.Select(p => new AttendeeView(p.PersonId, names.GetValueOrDefault(p.PersonId, "?"), p.Present)).OrderBy(a => a.Name).ToList());
    }

    public static List<GroupView> GroupsOf(IEnumerable<GroupMember> members, IReadOnlyDictionary<Guid, string> names) =>
        members.GroupBy(m => m.GroupNumber).OrderBy(g => g.Key)
            .Select(g => new GroupView(g.Key, g.Select(m => new GroupPersonView(m.PersonId, names.GetValueOrDefault(m.PersonId, "?"))).OrderBy(p => p.Name).ToList()))
            .ToList();
}

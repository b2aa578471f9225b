using Leerruimte.Data;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.AgendaSessions;

/// <summary>
/// Team sessions as a kind of live session: the script is the agenda's work forms one after another; the reference is
/// the session's own id, which names the same agenda for ever (an agenda is not changed once planned).
/// </summary>
public sealed class AgendaSessionKind(LeerruimteDb db, ContentCatalogue catalogue) : ISessionKind
{
    public string Kind => AgendaSession.Kind;

    public async Task<SessionReflection?> ReflectionAsync(LiveSession session, CancellationToken ct) =>
        await db.AgendaSessions.AsNoTracking().FirstOrDefaultAsync(a => a.Id == session.OriginId, ct) is { } a
            ? new SessionReflection(a.RegisterCategory, string.Format(Resources.Ui.TeamSession_LogTitle, a.Title)) : null;

    public async Task<SessionScript?> ScriptAsync(string scriptRef, CancellationToken ct) =>
        Guid.TryParse(scriptRef, out var id) && await AgendaScript.LoadAsync(db, catalogue, id, ct) is { } agenda ? AgendaScript.Of(agenda) : null;

    public async Task<SessionEntry?> EntryAsync(LiveSession session, CancellationToken ct) =>
        await db.AgendaSessions.Where(h => h.Id == session.OriginId).Select(h => (DateTime?)h.StartsAt).FirstOrDefaultAsync(ct) is { } startsAt
            ? new SessionEntry(startsAt, AgendaSessionLinks.Phone(session.OriginId)) : null;

    public async Task OnStartedAsync(LiveSession session, CancellationToken ct) => (await Of(session, ct)).Status = AgendaSessionStatus.Running;

    public async Task OnClosedAsync(LiveSession session, CancellationToken ct)
    {
        var agenda = await Of(session, ct);
        agenda.Status = AgendaSessionStatus.Closed;
        await TeamActions.TeamActionList.CarryOverAsync(db, agenda.TeamId, agenda.Origin, ct);
    }

    private Task<AgendaSession> Of(LiveSession session, CancellationToken ct) => db.AgendaSessions.SingleAsync(a => a.Id == session.OriginId, ct);

    public static void Attach(AgendaSession agenda, IEnumerable<Guid> participants, string joinCode)
    {
        agenda.Session = LiveSession.For(agenda.Origin, agenda.Id.ToString(), agenda.ChairId, participants, joinCode);
        agenda.SessionId = agenda.Session.Id;
    }
}

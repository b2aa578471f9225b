using Leerruimte.Data;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Sessions;
using Leerruimte.Features.TeamActions;
using Leerruimte.Features.WorkForms;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.BoardSessions;

/// <summary>
/// Board sessions as a kind of live session: the board-session work form is the script; closing it counts one more
/// session for every action still open from an earlier one.
/// </summary>
public sealed class BoardSessionKind(LeerruimteDb db, ContentCatalogue catalogue) : ISessionKind
{
    public string Kind => BoardSession.Kind;

    public async Task<SessionReflection?> ReflectionAsync(LiveSession session, CancellationToken ct) =>
        await db.BoardSessions.AsNoTracking().Where(b => b.Id == session.OriginId)
            .Select(b => new SessionReflection(b.RegisterCategory, Resources.Ui.BoardSession_Title)).FirstOrDefaultAsync(ct);

    public async Task<SessionScript?> ScriptAsync(string scriptRef, CancellationToken ct) =>
        await WorkFormScript.FindAsync(catalogue, scriptRef, ct) is { } form ? WorkFormScript.Of(form) : null;

    public async Task<SessionEntry?> EntryAsync(LiveSession session, CancellationToken ct) =>
        await db.BoardSessions.Where(h => h.Id == session.OriginId).Select(h => (DateTime?)h.StartsAt).FirstOrDefaultAsync(ct) is { } startsAt
            ? new SessionEntry(startsAt, BoardSessionLinks.Phone(session.OriginId)) : null;

    public async Task OnStartedAsync(LiveSession session, CancellationToken ct) => (await Of(session, ct)).Status = BoardSessionStatus.Running;

    public async Task OnClosedAsync(LiveSession session, CancellationToken ct)
    {
        var board = await Of(session, ct);
        board.Status = BoardSessionStatus.Closed;
        await TeamActionList.CarryOverAsync(db, board.TeamId, board.Origin, ct);
    }

    private Task<BoardSession> Of(LiveSession session, CancellationToken ct) => db.BoardSessions.SingleAsync(b => b.Id == session.OriginId, ct);

    public static void Attach(BoardSession board, IEnumerable<Guid> participants, string joinCode)
    {
        board.Session = LiveSession.For(board.Origin, WorkFormScript.Ref(board.MethodPackVersionId, BoardSession.MethodId), board.ChairId, participants, joinCode);
        board.SessionId = board.Session.Id;
    }

    /// <summary>The board-session work form in the newest work-forms packs (an organisation's own version first).</summary>
    public static async Task<(Guid VersionId, WorkForm Form)?> MethodAsync(ContentCatalogue catalogue, CancellationToken ct = default) =>
        (await WorkFormScript.NewestAsync(catalogue, w => w.Id == BoardSession.MethodId, ct)) is [var first, ..] ? first : null;
}

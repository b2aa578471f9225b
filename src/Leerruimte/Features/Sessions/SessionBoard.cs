using Leerruimte.Data;
using Leerruimte.Infrastructure;
using Leerruimte.Infrastructure.Privacy;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Sessions;

/// <summary>
/// Adds a note to the board of the current step, in the author's group and the chosen column. The note is stored
/// before anyone is told about it; a note sent twice (same id) is stored once.
/// </summary>
public sealed class SessionBoard(LeerruimteDb db, SessionScripts scripts, AddableSteps addable, ISessionEvents events, TimeProvider clock)
{
    public sealed record Result(BoardItemView? Item, string? Error);

    public async Task<Result> AddAsync(Guid sessionId, Guid personId, Guid itemId, string? text, string? column = null, CancellationToken ct = default)
    {
        // Cleaned before the checks, so a note of only control characters is empty, and phones show what is stored.
        var trimmed = FreeText.Clean(text)?.Trim() ?? "";
        if (trimmed.Length == 0) return new(null, Ui.Board_Empty);
        if (trimmed.Length > BoardItem.MaxLength) return new(null, string.Format(Ui.Board_TooLong, BoardItem.MaxLength));
        if (itemId == Guid.Empty) return new(null, Ui.Board_Invalid);

        // One query for the access check, the session's state and the author's name (a note is sent every few
        // seconds by every phone in every running session: see bench/live-board.sh).
        var session = await db.LiveSessions.AsNoTracking().Where(s => s.Id == sessionId).Where(SessionAccess.Includes(personId))
            .Select(s => new { s.Status, s.StepIndex, s.OriginKind, s.ScriptRef, s.AddedSteps, s.AnonymousSteps, AuthorName = db.Users.Where(p => p.Id == personId).Select(p => p.DisplayName).FirstOrDefault() })
            .FirstOrDefaultAsync(ct);
        if (session is null) return new(null, Ui.Board_NoAccess);
        if (session.Status != SessionStatus.Running) return new(null, session.Status == SessionStatus.Closed ? Ui.Board_Closed : Ui.Board_NotStarted);
        // Client information may land on any board (a practice example in a module meeting as much as a case), so the
        // privacy guard checks every note: one that seems to identify someone is refused and stays on the phone to rewrite.
        if (IdentifyingData.Find(trimmed) is [var found, ..])
            return new(null, string.Format(Ui.Board_Identifying, PrivacyGuard.Refusal(found)));

        var script = addable.With(await scripts.BaseAsync(session.OriginKind, session.ScriptRef, ct), session.AddedSteps, session.AnonymousSteps);
        var existing = await db.BoardItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == itemId, ct);
        if (existing is not null)
            return existing.AuthorId == personId && existing.SessionId == sessionId ? new(BoardItemView.Of(existing, script, session.AuthorName), null) : new(null, Ui.Board_Invalid);

        var step = script.At(session.StepIndex);
        if (step.Columns.Count > 0 && step.Columns.All(c => c.Key != column)) return new(null, Ui.Board_ChooseColumn);
        // Groups are only ever formed for group and pair steps (SessionRoom.FormGroupsAsync).
        int? group = step.HasGroups ? await db.GroupMembers
            .Where(g => g.SessionId == sessionId && g.StepKey == step.Key && g.PersonId == personId)
            .Select(g => (int?)g.GroupNumber).FirstOrDefaultAsync(ct) : null;

        var item = new BoardItem
        {
            Id = itemId, SessionId = sessionId, StepIndex = session.StepIndex, StepKey = step.Key, Column = step.Columns.Count > 0 ? column : null,
            GroupNumber = group, AuthorId = personId, Text = trimmed, CreatedAt = clock.GetUtcNow().UtcDateTime, Anonymous = step.Anonymous,
        };
        db.BoardItems.Add(item);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            // The same note arrived twice at the same moment: the other copy was stored.
            if (await db.BoardItems.AsNoTracking().AnyAsync(i => i.Id == itemId, ct)) return new(BoardItemView.Of(item, script, session.AuthorName), null);
            throw;
        }
        var view = BoardItemView.Of(item, script, session.AuthorName);
        await events.PublishAsync(new ItemAdded(sessionId, view));
        return new(view, null);
    }

    /// <summary>
    /// The facilitator takes a note off the board, during the session or afterwards: the note is deleted and a trace
    /// (step, who, when) is kept, which everyone reading the board back sees. Anyone else gets an error.
    /// </summary>
    public async Task<Removal> RemoveAsync(Guid sessionId, Guid facilitatorId, Guid itemId, CancellationToken ct = default)
    {
        if (!await db.LiveSessions.AnyAsync(s => s.Id == sessionId && s.FacilitatorId == facilitatorId, ct)) return Removal.NotAllowed;
        if (await db.BoardItems.FirstOrDefaultAsync(i => i.Id == itemId && i.SessionId == sessionId, ct) is not { } item) return Removal.Gone;
        db.BoardItems.Remove(item);
        db.BoardItemRemovals.Add(new BoardItemRemoval
        {
            SessionId = sessionId, StepIndex = item.StepIndex, RemovedById = facilitatorId, RemovedAt = clock.GetUtcNow().UtcDateTime,
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Removal.Gone; // removed from another screen at the same moment
        }
        await events.PublishAsync(new ItemRemoved(sessionId, itemId));
        return Removal.Removed;
    }

    public enum Removal { Removed, Gone, NotAllowed }

    public static string? Message(Removal removal) => removal switch
    {
        Removal.Gone => Ui.Board_AlreadyRemoved,
        Removal.NotAllowed => Ui.Board_NotAllowedToRemove,
        _ => null,
    };
}

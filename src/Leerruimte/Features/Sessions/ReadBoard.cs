using Leerruimte.Data;
using Leerruimte.Features.People;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Sessions;

/// <summary>
/// A session's whole board read back afterwards: every step that got notes, in script order, each note as the screens
/// showed it (the step's anonymity holds), and the trace of every note the facilitator took off. Only for the people
/// in the session (<see cref="SessionAccess"/>), else null.
/// </summary>
public sealed class ReadBoard(LeerruimteDb db, SessionScripts scripts)
{
    public sealed record Step(int Index, ScriptStep Script, IReadOnlyList<BoardItemView> Notes, IReadOnlyList<Removal> Removals);

    /// <summary>A note taken off the board: when, and by whom (null once that account is gone).</summary>
    public sealed record Removal(DateTime At, string? By);

    public async Task<IReadOnlyList<Step>?> LoadAsync(Guid sessionId, Guid personId, CancellationToken ct = default)
    {
        var session = await db.LiveSessions.AsNoTracking().Where(SessionAccess.Includes(personId)).FirstOrDefaultAsync(s => s.Id == sessionId, ct);
        if (session is null) return null;
        var script = await scripts.OfAsync(session, ct);
        var items = await db.BoardItems.AsNoTracking().Where(i => i.SessionId == sessionId)
            .OrderBy(i => i.StepIndex).ThenBy(i => i.CreatedAt).ThenBy(i => i.Id).ToListAsync(ct);
        var removals = await db.BoardItemRemovals.AsNoTracking().Where(r => r.SessionId == sessionId).OrderBy(r => r.RemovedAt).ToListAsync(ct);
        var people = items.Select(i => i.AuthorId).Concat(removals.Select(r => r.RemovedById).OfType<Guid>()).Distinct().ToList();
        var names = await db.Users.Where(p => people.Contains(p.Id)).DisplayNamesAsync(ct);
        return items.Select(i => i.StepIndex).Union(removals.Select(r => r.StepIndex)).Order()
            .Select(index => new Step(index, script.At(index),
                items.Where(i => i.StepIndex == index).Select(i => BoardItemView.Of(i, script, names.GetValueOrDefault(i.AuthorId))).ToList(),
                removals.Where(r => r.StepIndex == index).Select(r => new Removal(r.RemovedAt, r.RemovedById is { } by ? names.GetValueOrDefault(by) : null)).ToList()))
            .ToList();
    }

    /// <summary>Where a note sat: its field, else its group, else the whole team.</summary>
    public static string PlaceOf(BoardItemView note, ScriptStep step) =>
        step.Columns.FirstOrDefault(c => c.Key == note.Column)?.Title
        ?? (note.GroupNumber is { } group ? string.Format(Resources.Ui.Live_Group, group) : Resources.Ui.Live_WholeTeam);
}

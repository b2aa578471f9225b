using Leerruimte.Data;
using Leerruimte.Features.People;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Sessions;

/// <summary>
/// A session's whole board read back afterwards: every step that got notes, in script order, each note as the screens
/// showed it (the step's anonymity holds). Only for the people in the session (<see cref="SessionAccess"/>), else null.
/// </summary>
public sealed class ReadBoard(LeerruimteDb db, SessionScripts scripts)
{
    public sealed record Step(int Index, ScriptStep Script, IReadOnlyList<BoardItemView> Notes);

    public async Task<IReadOnlyList<Step>?> LoadAsync(Guid sessionId, Guid personId, CancellationToken ct = default)
    {
        var session = await db.LiveSessions.AsNoTracking().Where(SessionAccess.Includes(personId)).FirstOrDefaultAsync(s => s.Id == sessionId, ct);
        if (session is null) return null;
        var script = await scripts.OfAsync(session, ct);
        var items = await db.BoardItems.AsNoTracking().Where(i => i.SessionId == sessionId)
            .OrderBy(i => i.StepIndex).ThenBy(i => i.CreatedAt).ThenBy(i => i.Id).ToListAsync(ct);
        var authors = items.Select(i => i.AuthorId).Distinct().ToList();
        var names = await db.Users.Where(p => authors.Contains(p.Id)).DisplayNamesAsync(ct);
        return items.GroupBy(i => i.StepIndex)
            .Select(g => new Step(g.Key, script.At(g.Key), g.Select(i => BoardItemView.Of(i, script, names.GetValueOrDefault(i.AuthorId))).ToList()))
            .ToList();
    }

    /// <summary>Where a note sat: its field, else its group, else the whole team.</summary>
    public static string PlaceOf(BoardItemView note, ScriptStep step) =>
        step.Columns.FirstOrDefault(c => c.Key == note.Column)?.Title
        ?? (note.GroupNumber is { } group ? string.Format(Resources.Ui.Live_Group, group) : Resources.Ui.Live_WholeTeam);
}

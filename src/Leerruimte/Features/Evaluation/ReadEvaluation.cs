using Leerruimte.Data;
using Leerruimte.Features.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Evaluation;

/// <summary>
/// The evaluation of a session read back afterwards: the notes of its evaluation step, per field, as the kernel's
/// board read-back gives them (<see cref="ReadBoard"/>: only for the people in the session, the step's anonymity
/// holds); null when the person is not in it, or the session had no evaluation.
/// </summary>
public sealed class ReadEvaluation(LeerruimteDb db, SessionScripts scripts, ReadBoard board)
{
    public sealed record Field(BoardColumn Column, IReadOnlyList<BoardItemView> Notes);

    public async Task<IReadOnlyList<Field>?> LoadAsync(Guid sessionId, Guid personId, CancellationToken ct = default)
    {
        var session = await db.LiveSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, ct);
        if (session is null) return null;
        var script = await scripts.OfAsync(session, ct);
        var first = (await scripts.BaseAsync(session.OriginKind, session.ScriptRef, ct)).Steps.Count;
        // The added board by its place after the script's own steps (a module assignment may carry the same key), else
        // a script's own step that is the board (a training's close).
        var index = EvaluationBoard.IsIn(session)
            ? Enumerable.Range(first, script.Steps.Count - first).First(i => script.Steps[i].Key == EvaluationBoard.Key)
            : Enumerable.Range(0, first).Cast<int?>().FirstOrDefault(i => EvaluationBoard.Is(script.Steps[i!.Value]));
        if (index is null || await board.LoadAsync(sessionId, personId, ct) is not { } steps) return null;
        var notes = steps.FirstOrDefault(s => s.Index == index)?.Notes ?? [];
        return script.Steps[index.Value].Columns.Select(c => new Field(c, notes.Where(n => n.Column == c.Key).ToList())).ToList();
    }
}

using Leerruimte.Data;
using Leerruimte.Features.People;
using Leerruimte.Features.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Evaluation;

/// <summary>
/// The evaluation of a session read back afterwards: the notes of its evaluation step, per field. Only for the
/// people in the session (<see cref="SessionAccess"/>); null when the person is not, or the session had no evaluation.
/// </summary>
public sealed class ReadEvaluation(LeerruimteDb db, SessionScripts scripts)
{
    public sealed record Field(BoardColumn Column, IReadOnlyList<BoardItemView> Notes);

    public async Task<IReadOnlyList<Field>?> LoadAsync(Guid sessionId, Guid personId, CancellationToken ct = default)
    {
        var session = await db.LiveSessions.AsNoTracking().Where(SessionAccess.Includes(personId)).FirstOrDefaultAsync(s => s.Id == sessionId, ct);
        if (session is null || !EvaluationBoard.IsIn(session)) return null;
        var script = await scripts.OfAsync(session, ct);
        // By its place after the script's own steps: a module assignment may carry the same key.
        var first = (await scripts.BaseAsync(session.OriginKind, session.ScriptRef, ct)).Steps.Count;
        var index = Enumerable.Range(first, script.Steps.Count - first).First(i => script.Steps[i].Key == EvaluationBoard.Key);

        var items = await db.BoardItems.AsNoTracking().Where(i => i.SessionId == sessionId && i.StepIndex == index)
            .OrderBy(i => i.CreatedAt).ThenBy(i => i.Id).ToListAsync(ct);
        var authors = items.Select(i => i.AuthorId).Distinct().ToList();
        var names = await db.Users.Where(p => authors.Contains(p.Id)).DisplayNamesAsync(ct);
        // Through the board's own view, so the step's anonymity rule holds here as it does on the screens.
        var notes = items.Select(i => BoardItemView.Of(i, script, names.GetValueOrDefault(i.AuthorId))).ToList();
        return script.Steps[index].Columns.Select(c => new Field(c, notes.Where(n => n.Column == c.Key).ToList())).ToList();
    }
}

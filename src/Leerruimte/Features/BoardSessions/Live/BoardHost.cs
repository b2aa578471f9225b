using Leerruimte.Data;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.WorkForms;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.BoardSessions;

/// <summary>What the board session's screens show beside the session: the session, its work form, the team's name.</summary>
public sealed record BoardHost(BoardSession Board, WorkForm? Method, string Team)
{
    public static async Task<BoardHost> LoadAsync(IServiceProvider services, Guid boardId)
    {
        var db = services.GetRequiredService<LeerruimteDb>();
        var board = await db.BoardSessions.AsNoTracking().SingleAsync(b => b.Id == boardId);
        var method = await WorkFormScript.FindAsync(services.GetRequiredService<ContentCatalogue>(), WorkFormScript.Ref(board.MethodPackVersionId, BoardSession.MethodId));
        return new(board, method, await db.Teams.Where(t => t.Id == board.TeamId).Select(t => t.Name).SingleAsync());
    }
}

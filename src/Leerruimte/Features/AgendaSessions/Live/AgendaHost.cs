using Leerruimte.Data;
using Leerruimte.Features.ContentPacks;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.AgendaSessions;

/// <summary>What a team session's screens show beside the session: the session, its steps with their work-form text, the team's name.</summary>
public sealed record AgendaHost(AgendaSession Agenda, IReadOnlyList<AgendaStep> Steps, string Team)
{
    public static async Task<AgendaHost> LoadAsync(IServiceProvider services, Guid agendaId)
    {
        var db = services.GetRequiredService<LeerruimteDb>();
        var agenda = await db.AgendaSessions.AsNoTracking().SingleAsync(a => a.Id == agendaId);
        var entries = await AgendaScript.LoadAsync(db, services.GetRequiredService<ContentCatalogue>(), agendaId) ?? [];
        return new(agenda, AgendaScript.Steps(entries), await db.Teams.Where(t => t.Id == agenda.TeamId).Select(t => t.Name).SingleAsync());
    }

    /// <summary>The work-form step behind the session's step at this index; null for a step the facilitator added.</summary>
    public Leerruimte.Features.WorkForms.WorkFormStep? Guide(int index) => Steps.ElementAtOrDefault(index)?.Guide;
}

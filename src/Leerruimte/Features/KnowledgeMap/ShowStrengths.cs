using Leerruimte.Data;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.KnowledgeMap;

/// <summary>A member's consent that this team's knowledge map shows their meter strengths: given, or revoked at once.</summary>
public sealed class ShowStrengths(LeerruimteDb db)
{
    public Task<bool> HasConsentedAsync(Guid teamId, Guid personId, CancellationToken ct = default) =>
        db.KnowledgeConsents.AnyAsync(c => c.TeamId == teamId && c.PersonId == personId, ct);

    public async Task SetAsync(Guid teamId, Guid personId, bool show, CancellationToken ct = default)
    {
        if (!show)
        {
            await db.KnowledgeConsents.Where(c => c.TeamId == teamId && c.PersonId == personId).ExecuteDeleteAsync(ct);
            return;
        }
        if (await HasConsentedAsync(teamId, personId, ct)) return;
        db.KnowledgeConsents.Add(new KnowledgeConsent { TeamId = teamId, PersonId = personId });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Ticked twice at once: the other request stored the same consent.
        }
    }
}

using Leerruimte.Data;

namespace Leerruimte.Features.Cases;

/// <summary>
/// Putting a case away: archived, it leaves the library's list but can be brought back; deleted, its text is gone
/// (from lists, search and every page), and a consultation that used it keeps its own outcome without it.
/// </summary>
public sealed class RetireCase(LeerruimteDb db, TimeProvider clock)
{
    public async Task ArchiveAsync(TeamCase c, bool archived, CancellationToken ct = default)
    {
        c.Status = archived ? CaseStatus.Archived : CaseStatus.Active;
        c.ArchivedAt = archived ? clock.GetUtcNow().UtcDateTime : null;
        await db.SaveChangesAsync(ct);
    }

    public async Task DeleteAsync(TeamCase c, CancellationToken ct = default)
    {
        db.TeamCases.Remove(c);
        await db.SaveChangesAsync(ct);
    }
}

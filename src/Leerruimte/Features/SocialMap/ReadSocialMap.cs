using Leerruimte.Data;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.SocialMap;

/// <summary>What the social map pages show; the page has checked that the reader is in the team.</summary>
public sealed class ReadSocialMap(LeerruimteDb db)
{
    /// <summary>Longer search texts are cut: nobody types a search of this length, and it bounds the query.</summary>
    public const int MaxSearch = 100;

    public sealed record GapRow(MapGap Gap, string? Owner);

    /// <summary>The team's partners by name; with a search text, those whose fields hold it (case ignored).</summary>
    public Task<List<Partner>> PartnersAsync(Guid teamId, string? search, CancellationToken ct = default)
    {
        var partners = db.Partners.AsNoTracking().Where(p => p.TeamId == teamId);
        if (Bounded(search) is { } text)
        {
            var lower = text.ToLowerInvariant();
            partners = partners.Where(p => p.Name.ToLower().Contains(lower) || p.Offer.ToLower().Contains(lower) || p.ContactRole.ToLower().Contains(lower)
                || (p.ContactName != null && p.ContactName.ToLower().Contains(lower)) || (p.Reach != null && p.Reach.ToLower().Contains(lower)));
        }
        return partners.OrderBy(p => p.Name).ToListAsync(ct);
    }

    /// <summary>The team's gaps, open first, each with who will close it.</summary>
    public Task<List<GapRow>> GapsAsync(Guid teamId, CancellationToken ct = default) =>
        db.MapGaps.AsNoTracking().Where(g => g.TeamId == teamId).OrderBy(g => g.Status).ThenBy(g => g.CreatedAt)
            .Select(g => new GapRow(g, db.Users.Where(p => p.Id == g.OwnerId).Select(p => p.DisplayName).FirstOrDefault()))
            .ToListAsync(ct);

    /// <summary>The partner, tracked so it can be changed; null when it is not this team's.</summary>
    public Task<Partner?> PartnerAsync(Guid teamId, Guid partnerId, CancellationToken ct = default) =>
        db.Partners.FirstOrDefaultAsync(p => p.Id == partnerId && p.TeamId == teamId, ct);

    public Task<MapGap?> GapAsync(Guid teamId, Guid gapId, CancellationToken ct = default) =>
        db.MapGaps.Include(g => g.Confirmations).FirstOrDefaultAsync(g => g.Id == gapId && g.TeamId == teamId, ct);

    public static string? Bounded(string? search)
    {
        var text = search?.Trim();
        return string.IsNullOrEmpty(text) ? null : text.Length > MaxSearch ? text[..MaxSearch] : text;
    }
}

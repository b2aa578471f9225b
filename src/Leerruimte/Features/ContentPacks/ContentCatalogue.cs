using System.Collections.Concurrent;
using Leerruimte.Data;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.ContentPacks;

public sealed record PackSummary(Guid VersionId, string PackId, int Version, string Kind, string Title, string? Description, bool IsShipped);

/// <summary>
/// What content the current organisation can read: the shipped packs plus its own, newest version of
/// each id first. Parsed packs are cached by version id; a stored version never changes.
/// </summary>
public sealed class ContentCatalogue(LeerruimteDb db, ParsedPackCache cache)
{
    public async Task<IReadOnlyList<PackSummary>> LatestAsync(string kind, CancellationToken ct = default)
    {
        var all = await db.ContentPackVersions.AsNoTracking()
            .Where(p => p.Kind == kind)
            .Select(p => new PackSummary(p.Id, p.PackId, p.Version, p.Kind, p.Title, p.Description, p.OrganisationId == ContentPackVersion.Shipped))
            .ToListAsync(ct);
        return all
            .GroupBy(p => (p.PackId, p.IsShipped))
            .Select(g => g.MaxBy(p => p.Version)!)
            .OrderBy(p => p.Title, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("nl-NL"), true))
            .ToList();
    }

    /// <summary>The newest version of a pack id (own packs win over shipped ones), or a given version.</summary>
    public async Task<(PackSummary Summary, T Pack)?> FindAsync<T>(string packId, int? version = null, CancellationToken ct = default)
        where T : PackHeader
    {
        var query = db.ContentPackVersions.AsNoTracking().Where(p => p.PackId == packId);
        if (version is not null) query = query.Where(p => p.Version == version);
        var row = await query
            .OrderBy(p => p.OrganisationId == ContentPackVersion.Shipped)
            .ThenByDescending(p => p.Version)
            .Select(p => new { p.Id, p.PackId, p.Version, p.Kind, p.Title, p.Description, p.OrganisationId })
            .FirstOrDefaultAsync(ct);
        if (row is null) return null;
        var pack = await cache.GetAsync(row.Id, () => SourceOf(row.Id, ct));
        if (pack is not T typed) return null;
        return (new PackSummary(row.Id, row.PackId, row.Version, row.Kind, row.Title, row.Description, row.OrganisationId == ContentPackVersion.Shipped), typed);
    }

    /// <summary>The exact stored version (as a meeting refers to it); works for versions no longer the newest.</summary>
    public async Task<T?> ByVersionIdAsync<T>(Guid versionId, CancellationToken ct = default) where T : PackHeader =>
        await cache.GetAsync(versionId, () => SourceOf(versionId, ct)) as T;

    private async Task<(string File, string Source)> SourceOf(Guid versionId, CancellationToken ct)
    {
        var row = await db.ContentPackVersions.AsNoTracking().Where(p => p.Id == versionId)
            .Select(p => new { p.FileName, p.Source }).SingleAsync(ct);
        return (row.FileName, row.Source);
    }
}

/// <summary>Parsed packs by stored version id. Stored versions are immutable, so entries never go stale.</summary>
public sealed class ParsedPackCache
{
    private readonly ConcurrentDictionary<Guid, PackHeader> packs = new();

    public async Task<PackHeader?> GetAsync(Guid versionId, Func<Task<(string File, string Source)>> load)
    {
        if (packs.TryGetValue(versionId, out var pack)) return pack;
        var (file, source) = await load();
        var result = PackParser.Parse(file, source);
        return result.Pack is null ? null : packs.GetOrAdd(versionId, result.Pack);
    }
}

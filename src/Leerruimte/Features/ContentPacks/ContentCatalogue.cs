using System.Collections.Concurrent;
using Leerruimte.Data;
using Leerruimte.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.ContentPacks;

public sealed record PackSummary(Guid VersionId, string PackId, int Version, string Kind, string Title, string? Description, bool IsShipped);

/// <summary>
/// What content the current organisation can read: the shipped packs plus its own, newest version of
/// each id first. Parsed packs are cached by version id (a stored version never changes); the list of
/// versions is cached per organisation for a minute and dropped at once when this instance stores a pack.
/// </summary>
public sealed class ContentCatalogue(LeerruimteDb db, TenantContext tenant, ParsedPackCache cache, PackIndexCache index, PackKinds kinds)
{
    /// <summary>The newest version of each pack of this kind, by title.</summary>
    public async Task<IReadOnlyList<PackSummary>> LatestAsync<TPack>(CancellationToken ct = default) where TPack : PackHeader =>
        (await VersionsAsync(ct))
            .Where(p => p.Kind == kinds.NameOf<TPack>())
            .GroupBy(p => (p.PackId, p.IsShipped))
            .Select(g => g.MaxBy(p => p.Version)!)
            .OrderBy(p => p.Title, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("nl-NL"), true))
            .ToList();

    /// <summary>The newest version of a pack id (own packs win over shipped ones), or a given version.</summary>
    public async Task<(PackSummary Summary, T Pack)?> FindAsync<T>(string packId, int? version = null, CancellationToken ct = default)
        where T : PackHeader
    {
        var summary = (await VersionsAsync(ct))
            .Where(p => p.PackId == packId && (version == null || p.Version == version))
            .OrderBy(p => p.IsShipped).ThenByDescending(p => p.Version)
            .FirstOrDefault();
        if (summary is null) return null;
        return await ByVersionIdAsync<T>(summary.VersionId, ct) is { } pack ? (summary, pack) : null;
    }

    /// <summary>The exact stored version (as a meeting refers to it); works for versions no longer the newest.</summary>
    public async Task<T?> ByVersionIdAsync<T>(Guid versionId, CancellationToken ct = default) where T : PackHeader =>
        await cache.GetAsync(versionId, () => SourceOf(versionId, ct)) as T;

    private Task<IReadOnlyList<PackSummary>> VersionsAsync(CancellationToken ct) =>
        index.GetAsync(tenant.OrganisationId ?? Guid.Empty, async () =>
            await db.ContentPackVersions.AsNoTracking()
                .Select(p => new PackSummary(p.Id, p.PackId, p.Version, p.Kind, p.Title, p.Description, p.OrganisationId == ContentPackVersion.Shipped))
                .ToListAsync(ct));

    private async Task<(string File, string Source)> SourceOf(Guid versionId, CancellationToken ct)
    {
        var row = await db.ContentPackVersions.AsNoTracking().Where(p => p.Id == versionId)
            .Select(p => new { p.FileName, p.Source }).SingleAsync(ct);
        return (row.FileName, row.Source);
    }
}

/// <summary>Parsed packs by stored version id. Stored versions are immutable, so entries never go stale.</summary>
public sealed class ParsedPackCache(PackParser parser)
{
    private readonly ConcurrentDictionary<Guid, PackHeader> packs = new();

    public async Task<PackHeader?> GetAsync(Guid versionId, Func<Task<(string File, string Source)>> load)
    {
        if (packs.TryGetValue(versionId, out var pack)) return pack;
        var (file, source) = await load();
        var result = parser.Parse(file, source);
        return result.Pack is null ? null : packs.GetOrAdd(versionId, result.Pack);
    }
}

/// <summary>
/// Which pack versions an organisation can see, for a minute at most. Another instance's upload shows up
/// here within that minute; this instance's own uploads clear the cache straight away.
/// </summary>
public sealed class PackIndexCache(TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<Guid, (DateTimeOffset LoadedAt, IReadOnlyList<PackSummary> Versions)> entries = new();

    public async Task<IReadOnlyList<PackSummary>> GetAsync(Guid organisationId, Func<Task<List<PackSummary>>> load)
    {
        var now = clock.GetUtcNow();
        if (entries.TryGetValue(organisationId, out var entry) && now - entry.LoadedAt < Lifetime) return entry.Versions;
        var versions = await load();
        entries[organisationId] = (now, versions);
        return versions;
    }

    public void Clear() => entries.Clear();
}

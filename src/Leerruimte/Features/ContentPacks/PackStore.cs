using System.Security.Cryptography;
using System.Text;
using Leerruimte.Data;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.ContentPacks;

public enum StoreOutcome { Stored, Unchanged, Refused }

public sealed record StoreResult(StoreOutcome Outcome, IReadOnlyList<PackError> Errors, PackHeader? Pack = null)
{
    public static StoreResult Refuse(string file, string field, string message) =>
        new(StoreOutcome.Refused, [new PackError(file, 1, field, message)]);
}

/// <summary>
/// Stores a pack version after it passed validation. A version is stored once and never changed, so
/// whatever refers to it keeps reading the same content; a refused pack leaves the store as it was.
/// </summary>
public sealed class PackStore(LeerruimteDb db, PackIndexCache index, PackParser parser)
{
    public async Task<StoreResult> StoreAsync(string file, string source, Guid organisationId, Guid? storedBy, CancellationToken ct = default)
    {
        var parsed = parser.Parse(file, source);
        if (!parsed.IsValid) return new StoreResult(StoreOutcome.Refused, parsed.Errors);
        var pack = parsed.Pack!;

        if (organisationId != ContentPackVersion.Shipped
            && await db.ContentPackVersions.AnyAsync(p => p.OrganisationId == ContentPackVersion.Shipped && p.PackId == pack.Id, ct))
            return StoreResult.Refuse(file, "id", $"id '{pack.Id}' hoort bij een meegeleverd pakket; kies een eigen id");

        var hash = Hash(source);
        var existing = await db.ContentPackVersions.AsNoTracking()
            .Where(p => p.OrganisationId == organisationId && p.PackId == pack.Id && p.Version == pack.Version)
            .Select(p => p.SourceHash).FirstOrDefaultAsync(ct);
        if (existing == hash) return new StoreResult(StoreOutcome.Unchanged, [], pack);
        if (existing is not null)
            return StoreResult.Refuse(file, "version",
                $"versie {pack.Version} van '{pack.Id}' bestaat al met andere inhoud; verhoog de versie om de wijziging op te slaan");

        db.ContentPackVersions.Add(new ContentPackVersion
        {
            OrganisationId = organisationId,
            PackId = pack.Id!,
            Version = pack.Version,
            Kind = pack.Kind!,
            Title = pack.Title!,
            Description = pack.Description,
            FileName = file,
            Source = source,
            SourceHash = hash,
            StoredBy = storedBy,
        });
        await db.SaveChangesAsync(ct);
        index.Clear();
        return new StoreResult(StoreOutcome.Stored, [], pack);
    }

    private static string Hash(string source) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source)));
}

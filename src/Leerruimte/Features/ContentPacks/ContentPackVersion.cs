using Leerruimte.Data;

namespace Leerruimte.Features.ContentPacks;

/// <summary>
/// One stored version of a content pack, kept as its source text so a meeting can always show the exact
/// version it was planned with. Shipped packs have <see cref="Guid.Empty"/> as organisation and are
/// readable by every organisation; uploaded packs belong to the organisation that uploaded them.
/// </summary>
public sealed class ContentPackVersion : IHasCreatedAt
{
    public static readonly Guid Shipped = Guid.Empty;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public required string PackId { get; set; }
    public int Version { get; set; }
    public required string Kind { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public required string FileName { get; set; }
    public required string Source { get; set; }
    public required string SourceHash { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid? StoredBy { get; set; }

    public bool IsShipped => OrganisationId == Shipped;
}

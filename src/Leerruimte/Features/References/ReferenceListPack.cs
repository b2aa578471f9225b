using Leerruimte.Features.ContentPacks;

namespace Leerruimte.Features.References;

/// <summary>Fixed lists used across modules and trainings, such as the 8 beacons of Welzijn Nieuwe Stijl.</summary>
public sealed class ReferenceListPack : PackHeader
{
    public List<ReferenceList> Lists { get; set; } = [];
}

public sealed class ReferenceList
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Introduction { get; set; }
    public string? Source { get; set; }
    public List<ReferenceItem> Items { get; set; } = [];
}

public sealed class ReferenceItem
{
    public string? Title { get; set; }
    public string? Text { get; set; }
}

public static class ReferenceLists
{
    /// <summary>A reference list by its id, from the newest pack that has it (the organisation's own before the shipped ones).</summary>
    public static async Task<ReferenceList?> ReferenceListAsync(this ContentCatalogue catalogue, string listId, CancellationToken ct = default)
    {
        foreach (var summary in (await catalogue.LatestAsync<ReferenceListPack>(ct)).OrderBy(s => s.IsShipped))
            if (await catalogue.ByVersionIdAsync<ReferenceListPack>(summary.VersionId, ct) is { } pack && pack.Lists.FirstOrDefault(l => l.Id == listId) is { } list)
                return list;
        return null;
    }
}

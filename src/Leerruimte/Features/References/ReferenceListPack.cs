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

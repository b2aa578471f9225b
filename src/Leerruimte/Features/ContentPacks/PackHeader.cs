namespace Leerruimte.Features.ContentPacks;

/// <summary>The fields every content pack file starts with.</summary>
public abstract class PackHeader
{
    public string? Kind { get; set; }
    public string? Id { get; set; }
    public int Version { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
}

public sealed record Link
{
    public string? Title { get; set; }
    public string? Url { get; set; }
}

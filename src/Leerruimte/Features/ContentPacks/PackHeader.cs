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

public static class PackKinds
{
    public const string Module = "module";
    public const string WorkForms = "work-forms";
    public const string ReferenceLists = "reference-lists";
    public const string Instrument = "instrument";

    public static readonly IReadOnlyList<string> All = [Module, WorkForms, ReferenceLists, Instrument];
}

public sealed record Link
{
    public string? Title { get; set; }
    public string? Url { get; set; }
}

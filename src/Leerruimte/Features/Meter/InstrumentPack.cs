using Leerruimte.Features.ContentPacks;

namespace Leerruimte.Features.Meter;

/// <summary>
/// A self-assessment instrument (competentiemeter): clusters of statements scored on the instrument's own
/// scale. Statement ids stay the same across versions, so two measurements can be compared.
/// </summary>
public sealed class InstrumentPack : PackHeader
{
    public string? Introduction { get; set; }
    public List<ScalePoint> Scale { get; set; } = [];
    public List<Cluster> Clusters { get; set; } = [];

    public IEnumerable<Statement> Statements => Clusters.SelectMany(c => c.Statements);
    public int Min => Scale.Min(s => s.Value);
    public int Max => Scale.Max(s => s.Value);
}

public sealed class ScalePoint
{
    public int Value { get; set; }
    public string? Label { get; set; }
}

public sealed class Cluster
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public List<Statement> Statements { get; set; } = [];
}

public sealed class Statement
{
    public string? Id { get; set; }
    public string? Text { get; set; }
}

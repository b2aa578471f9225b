using Leerruimte.Features.ContentPacks;

namespace Leerruimte.Features.WorkForms;

/// <summary>Reusable methods (werkvormen) a facilitator can put on an agenda.</summary>
public sealed class WorkFormPack : PackHeader
{
    public List<WorkForm> WorkForms { get; set; } = [];
}

public sealed class WorkForm
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Purpose { get; set; }
    public int Minutes { get; set; }
    public string? GroupSize { get; set; }
    public List<string> Materials { get; set; } = [];
    public List<WorkFormStep> Steps { get; set; } = [];
}

public sealed class WorkFormStep
{
    public string? Title { get; set; }
    public int Minutes { get; set; }
    public string? Text { get; set; }
}

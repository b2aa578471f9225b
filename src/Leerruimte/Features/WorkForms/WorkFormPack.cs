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
    /// <summary>A remark beside the purpose, such as where the timings come from.</summary>
    public string? Note { get; set; }
    public int Minutes { get; set; }
    public string? GroupSize { get; set; }
    public List<string> Materials { get; set; } = [];
    /// <summary>What must be in place for the method to work (voorwaarden).</summary>
    public List<string> Conditions { get; set; } = [];
    /// <summary>The register category an hour on this method counts as by default; see <see cref="RegisterCategories"/>.</summary>
    public string? RegisterCategory { get; set; }
    /// <summary>A method a team can hold a case consultation (casusoverleg) by: its steps are run as a timed script.</summary>
    public bool Consultation { get; set; }
    public List<WorkFormStep> Steps { get; set; } = [];
}

public sealed class WorkFormStep
{
    public string? Title { get; set; }
    public int Minutes { get; set; }
    public string? Text { get; set; }
    /// <summary>Who does what in this step (inbrenger, voorzitter, deelnemers).</summary>
    public List<StepRole> Roles { get; set; } = [];
    /// <summary>Questions or sentences for the room, shown on the console, beamer and phones.</summary>
    public List<string> Prompts { get; set; } = [];
}

public sealed class StepRole
{
    public string? Role { get; set; }
    public string? Task { get; set; }
}

using Leerruimte.Features.ContentPacks;

namespace Leerruimte.Features.CaseAssignments;

/// <summary>Case assignments (casusopdrachten): a situation from practice to work through with a method's fixed questions.</summary>
public sealed class CaseAssignmentPack : PackHeader
{
    public List<CaseAssignment> CaseAssignments { get; set; } = [];
}

public sealed class CaseAssignment
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    /// <summary>Where it happens, e.g. a neighbourhood.</summary>
    public string? Location { get; set; }
    public string? Situation { get; set; }
    /// <summary>Id of the work form whose steps hold the questions to work through (such as <c>casusopdracht</c>).</summary>
    public string? Method { get; set; }
    public string? Source { get; set; }
}

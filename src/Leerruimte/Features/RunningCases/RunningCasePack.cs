using Leerruimte.Features.ContentPacks;

namespace Leerruimte.Features.RunningCases;

/// <summary>
/// The client cases that run through a training programme, revealed stage by stage as the modules go, with the role
/// cards for the people who play the client and the family carer.
/// </summary>
public sealed class RunningCasePack : PackHeader
{
    /// <summary>The id of the training programme the cases belong to (het-gesprek).</summary>
    public string? Programme { get; set; }
    public List<RunningCase> Cases { get; set; } = [];
}

public sealed class RunningCase
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    /// <summary>The name variants (Johan, Johanna), so the trainer can match the person who plays the client.</summary>
    public List<string> Names { get; set; } = [];
    /// <summary>The short first description participants start with.</summary>
    public string? Summary { get; set; }
    /// <summary>What the gespreksvoerder knows at registration, as label and value.</summary>
    public List<IntakeFact> IntakeData { get; set; } = [];
    /// <summary>How the client behaves in the conversation: what the person playing the client shows.</summary>
    public string? Behaviour { get; set; }
    /// <summary>For the trainer and the person playing the client only.</summary>
    public string? ActorBackground { get; set; }
    /// <summary>For the person playing the family carer only; a case may have none.</summary>
    public CarerCard? CarerCard { get; set; }
    public List<CaseStage> Stages { get; set; } = [];
}

public sealed class IntakeFact
{
    public string? Label { get; set; }
    public string? Value { get; set; }
}

public sealed class CarerCard
{
    /// <summary>Who the carer is to the client: moeder, vader, begeleider.</summary>
    public string? Role { get; set; }
    public string? Text { get; set; }
}

/// <summary>One step of a running case: participants read its text once the trainer releases it.</summary>
public sealed class CaseStage
{
    public string? Id { get; set; }
    /// <summary>The module (1 to 4) the stage belongs to; stages follow the modules in order.</summary>
    public int Module { get; set; }
    public string? Title { get; set; }
    /// <summary>What participants do at this stage.</summary>
    public string? Instruction { get; set; }
    /// <summary>What participants get to read once the trainer releases the stage.</summary>
    public string? Text { get; set; }
}

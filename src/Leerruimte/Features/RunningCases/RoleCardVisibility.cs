namespace Leerruimte.Features.RunningCases;

/// <summary>The part a viewer has in a running case.</summary>
public enum CasePart
{
    Trainer,
    /// <summary>The participant (or actor) who plays the client.</summary>
    ClientActor,
    /// <summary>The participant who plays the family carer.</summary>
    Carer,
    /// <summary>Any other participant: a conversation leader or an observer.</summary>
    Participant,
}

/// <summary>What of a running case one viewer may see; a null part is not theirs to see.</summary>
public sealed record VisibleCase(
    string? Title,
    IReadOnlyList<string> Names,
    string? Summary,
    IReadOnlyList<IntakeFact> IntakeData,
    IReadOnlyList<CaseStage> Stages,
    string? Behaviour,
    string? ActorBackground,
    CarerCard? CarerCard);

/// <summary>
/// The role-card rule of the product brief: the actor background (and the behaviour to play) to the trainer and the one
/// who plays the client, the carer's card to the one who plays the carer, and each stage to participants only once the
/// trainer has released it. The trainer sees every stage, released or not, to choose what to release.
/// </summary>
public static class RoleCardVisibility
{
    public static VisibleCase For(RunningCase runningCase, CasePart part, IReadOnlySet<string> releasedStageIds)
    {
        var playsClient = part is CasePart.Trainer or CasePart.ClientActor;
        var stages = part == CasePart.Trainer
            ? runningCase.Stages
            : runningCase.Stages.Where(s => s.Id is not null && releasedStageIds.Contains(s.Id)).ToList();
        return new VisibleCase(
            runningCase.Title,
            runningCase.Names,
            runningCase.Summary,
            runningCase.IntakeData,
            stages,
            playsClient ? runningCase.Behaviour : null,
            playsClient ? runningCase.ActorBackground : null,
            part is CasePart.Trainer or CasePart.Carer ? runningCase.CarerCard : null);
    }
}

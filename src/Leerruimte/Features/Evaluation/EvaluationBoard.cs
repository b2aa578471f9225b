using Leerruimte.Features.Sessions;
using Leerruimte.Resources;

namespace Leerruimte.Features.Evaluation;

/// <summary>
/// The evaluation board (W9): a step the facilitator adds at the end of any session, whose notes go into four fields:
/// the flower (keep), the freezer (do less, not yet let go), the bin (stop) and the seed (develop).
/// </summary>
public static class EvaluationBoard
{
    /// <summary>The added step's key (<see cref="AddedStep.Key"/>, stored in <see cref="LiveSession.AddedSteps"/>).</summary>
    public const string Key = "evaluatie";

    public const string Keep = "bloem";
    public const string Freeze = "vriezer";
    public const string Stop = "prullenbak";
    public const string Grow = "zaadje";

    public const int Minutes = 10;

    /// <summary>The step in the current language: four fields, each with its question; authors named, as the notes are told in the round.</summary>
    public static ScriptStep Step() => new(Ui.Evaluation_StepTitle, Minutes, Key, Columns:
    [
        new(Keep, Ui.Evaluation_KeepTitle, Ui.Evaluation_KeepQuestion),
        new(Freeze, Ui.Evaluation_FreezeTitle, Ui.Evaluation_FreezeQuestion),
        new(Stop, Ui.Evaluation_StopTitle, Ui.Evaluation_StopQuestion),
        new(Grow, Ui.Evaluation_GrowTitle, Ui.Evaluation_GrowQuestion),
    ]);

    public static bool IsIn(LiveSession session) => session.AddedSteps.Contains(Key);

    /// <summary>The work form of a script item that is this board (a training closes with it): its step gets the four fields.</summary>
    public const string WorkForm = "bloem-vriezer-prullenbak-zaadje";

    /// <summary>Whether a step is this board: the added one, or a script's own step with its four fields.</summary>
    public static bool Is(ScriptStep step) => step.Key == Key || step.Columns.Select(c => c.Key).SequenceEqual([Keep, Freeze, Stop, Grow]);
}

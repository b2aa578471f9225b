namespace Leerruimte.Features.TeamGoals;

/// <summary>
/// How far a goal has come: the share of the way from the start value to the target value that the latest value
/// covers, whether the target lies above the start (more conversations) or below it (fewer waiting days). Before
/// the start it is 0, at or past the target 1.
/// </summary>
public static class GoalProgress
{
    public static double Share(double start, double target, double? latest)
    {
        if (latest is not { } value || target == start) return 0;
        return Math.Clamp((value - start) / (target - start), 0, 1);
    }

    /// <summary>The share as a whole percentage, rounded down so 99,6% of the way does not read as arrived.</summary>
    public static int Percent(double start, double target, double? latest) => (int)Math.Floor(Share(start, target, latest) * 100);

    public static bool Reached(double start, double target, double? latest) => latest is { } value && (target > start ? value >= target : value <= target);
}

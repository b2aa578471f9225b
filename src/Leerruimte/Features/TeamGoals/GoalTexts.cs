using System.Globalization;
using Leerruimte.Components.Charts;
using Leerruimte.Resources;

namespace Leerruimte.Features.TeamGoals;

public static class GoalTexts
{
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    public static string ShortDate(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.CurrentCulture);

    public static string Status(GoalStatus status) => status switch
    {
        GoalStatus.Achieved => Ui.Goal_StatusAchieved,
        GoalStatus.Stopped => Ui.Goal_StatusStopped,
        _ => Ui.Goal_StatusActive,
    };

    /// <summary>Where the goal stands, in words: the latest value and its date, the start and the target.</summary>
    public static string Standing(TeamGoal goal, ReadGoals.Latest? last) => last is { } l
        ? string.Format(Ui.Goal_Standing, ChartData.Show(l.Value, goal.Unit), Date(l.Date), ChartData.Show(goal.StartValue, goal.Unit), ChartData.Show(goal.TargetValue, goal.Unit))
        : string.Format(Ui.Goal_NoValues, ChartData.Show(goal.StartValue, goal.Unit), ChartData.Show(goal.TargetValue, goal.Unit));

    public static string Progress(TeamGoal goal, ReadGoals.Latest? last) =>
        GoalProgress.Reached(goal.StartValue, goal.TargetValue, last?.Value)
            ? Ui.Goal_TargetReached
            : string.Format(Ui.Goal_ProgressShare, GoalProgress.Percent(goal.StartValue, goal.TargetValue, last?.Value));
}

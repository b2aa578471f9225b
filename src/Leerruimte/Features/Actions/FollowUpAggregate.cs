namespace Leerruimte.Features.Actions;

/// <summary>
/// The team's before and after, for the room. Shown only when at least the organisation's minimum number of
/// people answered, and made only of averages and counts, so no one can be picked out.
/// </summary>
public sealed record FollowUpAggregate(int Answered, int Minimum, double? AverageBefore, double? AverageAfter, int Improved)
{
    public bool IsShown => AverageBefore is not null;

    public static FollowUpAggregate Of(IEnumerable<(int Before, int? After)> actions, int minimum)
    {
        var answered = actions.Where(a => a.After is not null).ToList();
        if (answered.Count < Math.Max(1, minimum)) return new(answered.Count, minimum, null, null, 0);
        return new(answered.Count, minimum,
            Math.Round(answered.Average(a => a.Before), 1),
            Math.Round(answered.Average(a => a.After!.Value), 1),
            answered.Count(a => a.After > a.Before));
    }
}

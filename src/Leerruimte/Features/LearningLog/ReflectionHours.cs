using Leerruimte.Infrastructure;

namespace Leerruimte.Features.LearningLog;

public sealed record HoursInPeriod(string Period, double ReflectionHours, double AllHours, IReadOnlyDictionary<ActivityKind, double> ByKind);

/// <summary>Hours per period (year and quarter), with the reflection hours a professional register asks for apart.</summary>
public static class ReflectionHours
{
    public static List<HoursInPeriod> PerQuarter(IEnumerable<LearningActivity> activities) => Group(activities, a => $"{a.Date.Year} K{(a.Date.Month - 1) / 3 + 1}");

    public static List<HoursInPeriod> PerYear(IEnumerable<LearningActivity> activities) => Group(activities, a => a.Date.Year.ToString());

    private static List<HoursInPeriod> Group(IEnumerable<LearningActivity> activities, Func<LearningActivity, string> period) =>
        activities.GroupBy(period).OrderByDescending(g => g.Key).Select(g => new HoursInPeriod(
            g.Key,
            DutchNumbers.Hours(g.Where(a => a.IsReflection).Sum(a => a.Minutes)),
            DutchNumbers.Hours(g.Sum(a => a.Minutes)),
            g.Where(a => a.IsReflection).GroupBy(a => a.Kind).ToDictionary(k => k.Key, k => DutchNumbers.Hours(k.Sum(a => a.Minutes))))).ToList();

    /// <summary>The 70-20-10 mix: the share of hours per category, in percent.</summary>
    public static IReadOnlyDictionary<LearningCategory, int> Mix(IEnumerable<LearningActivity> activities)
    {
        var list = activities.ToList();
        var total = list.Sum(a => a.Minutes);
        return Enum.GetValues<LearningCategory>().ToDictionary(c => c,
            c => total == 0 ? 0 : (int)Math.Round(100.0 * list.Where(a => a.Category == c).Sum(a => a.Minutes) / total));
    }
}

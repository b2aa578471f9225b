using Leerruimte.Features.LearningLog;
using Leerruimte.Features.Meter;

namespace Leerruimte.UnitTests.Meter;

public sealed class AggregateAndHoursTests
{
    private static LearningActivity Activity(DateOnly date, ActivityKind kind, int minutes, LearningCategory category = LearningCategory.Social) =>
        new() { Title = "x", Date = date, Kind = kind, Minutes = minutes, Category = category };

    [Fact]
    public void Reflection_hours_count_only_the_reflection_kinds_per_quarter_and_year()
    {
        var activities = new[]
        {
            Activity(new(2026, 1, 10), ActivityKind.Intervision, 90),
            Activity(new(2026, 2, 3), ActivityKind.CaseConsultation, 60),
            Activity(new(2026, 2, 20), ActivityKind.Training, 240, LearningCategory.Formal),
            Activity(new(2026, 5, 1), ActivityKind.Supervision, 45),
        };

        var quarters = ReflectionHours.PerQuarter(activities);
        var year = Assert.Single(ReflectionHours.PerYear(activities));

        Assert.Equal(2.5, quarters.Single(q => q.Period == "2026 K1").ReflectionHours);
        Assert.Equal(6.5, quarters.Single(q => q.Period == "2026 K1").AllHours);
        Assert.Equal(0.8, quarters.Single(q => q.Period == "2026 K2").ReflectionHours);
        Assert.Equal(3.3, year.ReflectionHours);
        Assert.Equal(1.5, year.ByKind[ActivityKind.Intervision]);
    }

    [Fact]
    public void The_70_20_10_mix_is_a_share_of_the_hours()
    {
        var mix = ReflectionHours.Mix([
            Activity(new(2026, 1, 1), ActivityKind.Practice, 70, LearningCategory.Practice),
            Activity(new(2026, 1, 1), ActivityKind.Intervision, 20),
            Activity(new(2026, 1, 1), ActivityKind.Training, 10, LearningCategory.Formal)]);

        Assert.Equal(70, mix[LearningCategory.Practice]);
        Assert.Equal(20, mix[LearningCategory.Social]);
        Assert.Equal(10, mix[LearningCategory.Formal]);
    }

    [Fact]
    public void A_cluster_average_of_3_25_is_3_3_like_the_hours_not_the_even_3_2()
    {
        var instrument = new InstrumentPack
        {
            Clusters = [new() { Id = "c", Title = "Cluster", Statements = [new() { Id = "a" }, new() { Id = "b" }, new() { Id = "c" }, new() { Id = "d" }] }],
        };
        var scores = new Dictionary<string, int> { ["a"] = 3, ["b"] = 3, ["c"] = 3, ["d"] = 4 };
        var earlier = new Dictionary<string, int> { ["a"] = 2, ["b"] = 2, ["c"] = 2, ["d"] = 2 };

        Assert.Equal(3.3, Assert.Single(MeasurementResults.Clusters(instrument, scores)).Average);
        Assert.Equal(1.3, Assert.Single(MeasurementResults.ClusterChanges(instrument, earlier, scores)).Difference);
    }

    [Fact]
    public void Hours_of_two_hours_and_a_quarter_and_of_123_minutes_round_half_up()
    {
        var year = Assert.Single(ReflectionHours.PerYear([
            Activity(new(2026, 1, 10), ActivityKind.Intervision, 135),
            Activity(new(2026, 1, 11), ActivityKind.Training, 123, LearningCategory.Formal)]));

        Assert.Equal(2.3, year.ReflectionHours);
        Assert.Equal(4.3, year.AllHours);
    }
}

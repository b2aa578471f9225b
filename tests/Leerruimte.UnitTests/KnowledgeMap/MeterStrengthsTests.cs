using Leerruimte.Features.KnowledgeMap;
using Leerruimte.Features.Meter;

namespace Leerruimte.UnitTests.KnowledgeMap;

public sealed class MeterStrengthsTests
{
    /// <summary>Five clusters of two statements each (a1, a2, b1, ...) on a scale of 1 to 5.</summary>
    private static readonly InstrumentPack Instrument = new()
    {
        Scale = [.. Enumerable.Range(1, 5).Select(v => new ScalePoint { Value = v, Label = $"{v}" })],
        Clusters = [.. "abcde".Select(c => new Cluster { Id = $"{c}", Title = $"Cluster {char.ToUpper(c)}", Statements = [new() { Id = $"{c}1" }, new() { Id = $"{c}2" }] })],
    };

    private static Dictionary<string, int> Scores(params (string Cluster, int First, int Second)[] clusters) =>
        clusters.SelectMany(c => new[] { ($"{c.Cluster}1", c.First), ($"{c.Cluster}2", c.Second) }).ToDictionary(x => x.Item1, x => x.Item2);

    [Fact]
    public void The_three_highest_clusters_at_or_above_one_point_below_the_top_are_named_highest_first()
    {
        var scores = Scores(("a", 4, 4), ("b", 5, 5), ("c", 4, 5), ("d", 5, 4), ("e", 5, 5));

        Assert.Equal(["Cluster B", "Cluster E", "Cluster C"], MeterStrengths.Of(Instrument, scores));
    }

    [Fact]
    public void A_cluster_just_below_the_upper_part_of_the_scale_is_no_strength()
    {
        var scores = Scores(("a", 4, 3), ("b", 3, 3), ("c", 2, 5), ("d", 1, 1), ("e", 4, 4));

        Assert.Equal(["Cluster E"], MeterStrengths.Of(Instrument, scores));
    }

    [Fact]
    public void Nobody_scoring_in_the_upper_part_has_no_strengths_to_show()
    {
        Assert.Empty(MeterStrengths.Of(Instrument, Scores(("a", 3, 3), ("b", 2, 2))));
    }
}

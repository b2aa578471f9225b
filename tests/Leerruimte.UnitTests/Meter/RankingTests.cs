using Leerruimte.Features.Meter;

namespace Leerruimte.UnitTests.Meter;

public sealed class RankingTests
{
    private static List<ScoredStatement> Scores(params int[] values) =>
        values.Select((v, i) => new ScoredStatement($"s{i}", $"Stelling {i:00}", "Cluster", v)).ToList();

    [Fact]
    public void The_five_highest_are_listed_with_their_places()
    {
        var top = Ranking.Strongest(Scores(5, 4, 3, 2, 1, 5, 4, 1));

        Assert.Equal([5, 5, 4, 4, 3], top.Select(r => r.Statement.Value));
        Assert.Equal(["1-2", "1-2", "3-4", "3-4", "5"], top.Select(r => r.Place));
    }

    [Fact]
    public void A_tie_at_the_edge_is_shown_whole_instead_of_cut()
    {
        var top = Ranking.Strongest(Scores(5, 5, 5, 4, 4, 4, 1));

        Assert.Equal(6, top.Count);
        Assert.All(top.Skip(3), r => Assert.Equal("4-6", r.Place));
        Assert.True(top.Last().Tied);
    }

    [Fact]
    public void The_weakest_start_from_the_lowest_score()
    {
        var low = Ranking.Weakest(Scores(3, 1, 2, 5, 4, 2, 5));

        Assert.Equal([1, 2, 2, 3, 4], low.Select(r => r.Statement.Value));
        Assert.Equal("2-3", low[1].Place);
    }

    [Fact]
    public void When_everything_scores_the_same_everything_shares_first_place()
    {
        var top = Ranking.Strongest(Scores(3, 3, 3, 3, 3, 3, 3));

        Assert.Equal(7, top.Count);
        Assert.All(top, r => Assert.Equal("1-7", r.Place));
    }

    [Fact]
    public void Fewer_than_five_statements_are_all_listed() => Assert.Equal(2, Ranking.Strongest(Scores(2, 4)).Count);

    [Fact]
    public void Cluster_averages_and_changes_line_up_by_statement_id()
    {
        var instrument = new InstrumentPack
        {
            Scale = [new() { Value = 1, Label = "a" }, new() { Value = 5, Label = "b" }],
            Clusters =
            [
                new() { Id = "c1", Title = "Een", Statements = [new() { Id = "a", Text = "A" }, new() { Id = "b", Text = "B" }] },
                new() { Id = "c2", Title = "Twee", Statements = [new() { Id = "c", Text = "C" }] },
            ],
        };
        var before = new Dictionary<string, int> { ["a"] = 2, ["b"] = 3, ["c"] = 4 };
        var after = new Dictionary<string, int> { ["a"] = 4, ["b"] = 4 };

        var clusters = MeasurementResults.ClusterChanges(instrument, before, after);
        var statements = MeasurementResults.Changes(instrument, before, after);

        Assert.Equal(1.5, clusters[0].Difference);
        Assert.Null(clusters[1].Difference); // no after-score for cluster two
        Assert.Equal([2, 1, null], statements.Select(s => s.Difference));
    }
}

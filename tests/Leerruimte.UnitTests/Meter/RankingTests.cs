using Leerruimte.Features.Meter;

namespace Leerruimte.UnitTests.Meter;

public sealed class RankingTests
{
    private static List<ScoredStatement> Scores(params int[] values) =>
        values.Select((v, i) => new ScoredStatement($"s{i}", $"Stelling {i:00}", "Cluster", v)).ToList();

    private static List<ScoredStatement> Repeat(params (int Value, int Count)[] runs) =>
        Scores([.. runs.SelectMany(r => Enumerable.Repeat(r.Value, r.Count))]);

    private static void NoneInBoth(List<ScoredStatement> scores) =>
        Assert.Empty(Ranking.Strongest(scores).Statements.Intersect(Ranking.Weakest(scores).Statements));

    [Fact]
    public void The_five_highest_and_five_lowest_are_listed_with_their_places()
    {
        var scores = Scores(5, 4, 3, 2, 1, 5, 4, 1, 3, 2, 4, 2);

        var top = Ranking.Strongest(scores);
        var low = Ranking.Weakest(scores);

        Assert.Equal([5, 5, 4, 4, 4], top.Items.Select(r => r.Statement.Value));
        Assert.Equal(["1–2", "1–2", "3–5", "3–5", "3–5"], top.Items.Select(r => r.Place));
        Assert.Equal([1, 1, 2, 2, 2], low.Items.Select(r => r.Statement.Value));
        Assert.Null(top.Tie);
        NoneInBoth(scores);
    }

    [Fact]
    public void A_tie_at_places_5_and_6_is_listed_whole()
    {
        var top = Ranking.Strongest(Repeat((9, 1), (8, 1), (7, 1), (6, 1), (5, 2), (2, 15)));

        Assert.Equal(6, top.Items.Count);
        Assert.Equal(["5–6", "5–6"], top.Items.Skip(4).Select(r => r.Place));
        Assert.Null(top.Tie);
    }

    [Fact]
    public void A_tie_that_starts_at_place_6_stays_out_of_the_top_five()
    {
        var top = Ranking.Strongest(Repeat((9, 1), (8, 1), (7, 1), (6, 1), (5, 1), (4, 2), (2, 14)));

        Assert.Equal(["1", "2", "3", "4", "5"], top.Items.Select(r => r.Place));
        Assert.Null(top.Tie);
    }

    [Fact]
    public void A_tie_at_the_edge_that_keeps_the_list_at_seven_is_listed_whole()
    {
        var top = Ranking.Strongest(Repeat((5, 3), (4, 4), (2, 14)));

        Assert.Equal(Ranking.LongestList, top.Items.Count);
        Assert.All(top.Items.Skip(3), r => Assert.Equal("4–7", r.Place));
        Assert.Null(top.Tie);
    }

    [Fact]
    public void A_larger_tie_at_the_edge_is_told_in_one_line_instead_of_listed()
    {
        var top = Ranking.Strongest(Repeat((5, 4), (4, 12), (1, 5)));

        Assert.Equal(4, top.Items.Count);
        var tie = Assert.IsType<SharedPlace>(top.Tie);
        Assert.Equal((5, 4, 12), (tie.Place, tie.Value, tie.Statements.Count));
    }

    [Fact]
    public void Mostly_threes_give_the_few_higher_scores_as_strengths_and_the_threes_as_one_line_of_challenges()
    {
        var scores = Repeat((5, 3), (3, 18));

        var top = Ranking.Strongest(scores);
        var low = Ranking.Weakest(scores);

        Assert.Equal(["1–3", "1–3", "1–3"], top.Items.Select(r => r.Place));
        Assert.Null(top.Tie);
        Assert.Empty(low.Items);
        Assert.Equal((1, 3, 18), (low.Tie!.Place, low.Tie.Value, low.Tie.Statements.Count));
        NoneInBoth(scores);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5)] // everything at the top of the scale: no challenge at 5/5
    [InlineData(1)]
    public void When_everything_scores_the_same_nothing_stands_out_on_either_side(int value)
    {
        var scores = Repeat((value, 21));

        Assert.True(Ranking.Strongest(scores).IsEmpty);
        Assert.True(Ranking.Weakest(scores).IsEmpty);
    }

    [Fact]
    public void Nearly_everything_at_the_top_of_the_scale_makes_the_one_lower_score_the_challenge()
    {
        var scores = Repeat((5, 20), (4, 1));

        var top = Ranking.Strongest(scores);
        var low = Ranking.Weakest(scores);

        Assert.Equal(20, top.Tie!.Statements.Count);
        Assert.Equal([4], low.Items.Select(r => r.Statement.Value));
        NoneInBoth(scores);
    }

    [Fact]
    public void Two_values_split_into_strengths_and_challenges()
    {
        var scores = Repeat((4, 3), (2, 4));

        Assert.Equal([4, 4, 4], Ranking.Strongest(scores).Items.Select(r => r.Statement.Value));
        Assert.Equal([2, 2, 2, 2], Ranking.Weakest(scores).Items.Select(r => r.Statement.Value));
    }

    [Fact]
    public void Two_values_in_large_ties_are_each_told_in_one_line()
    {
        var scores = Repeat((4, 10), (2, 11));

        Assert.Equal(10, Ranking.Strongest(scores).Tie!.Statements.Count);
        Assert.Equal(11, Ranking.Weakest(scores).Tie!.Statements.Count);
        NoneInBoth(scores);
    }

    [Fact]
    public void With_fewer_than_ten_statements_the_middle_score_is_in_neither_list()
    {
        var scores = Scores(5, 4, 3, 3, 2, 1);

        Assert.Equal([5, 4], Ranking.Strongest(scores).Items.Select(r => r.Statement.Value));
        Assert.Equal([1, 2], Ranking.Weakest(scores).Items.Select(r => r.Statement.Value));
    }

    [Fact]
    public void Two_statements_give_one_strength_and_one_challenge()
    {
        Assert.Equal([4], Ranking.Strongest(Scores(2, 4)).Items.Select(r => r.Statement.Value));
        Assert.Equal([2], Ranking.Weakest(Scores(2, 4)).Items.Select(r => r.Statement.Value));
    }

    [Fact]
    public void No_statement_is_ever_in_both_lists()
    {
        var random = new Random(8);
        for (var run = 0; run < 500; run++)
        {
            var scores = Scores([.. Enumerable.Range(0, random.Next(0, 25)).Select(_ => random.Next(1, random.Next(2, 6)))]);
            NoneInBoth(scores);
            Assert.All([Ranking.Strongest(scores), Ranking.Weakest(scores)], list => Assert.InRange(list.Items.Count, 0, Ranking.LongestList));
        }
    }

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

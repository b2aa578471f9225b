using Leerruimte.Features.Forms;
using Leerruimte.Features.RolePlays;
using Leerruimte.Features.TrainingProgrammes;

namespace Leerruimte.IntegrationTests.RolePlays;

/// <summary>Counting the observers' answers: per point and per checkpoint, the shares, and when they may be shown. Pure logic, no app.</summary>
public sealed class ObservationTallyTests
{
    private static readonly ObservationForm Statements = new()
    {
        Id = "s", Scale = ["nee", "enigszins", "grotendeels", "ja"],
        Statements = [new() { Id = "a", Text = "A" }, new() { Id = "b", Text = "B" }],
    };

    private static readonly ObservationForm Checkpoints = new()
    {
        Id = "c", Items = [new() { Id = "i", Text = "I", Checkpoints = [new() { Id = "1" }, new() { Id = "2" }, new() { Id = "3" }] }],
    };

    private static FormResponse Rated(int? a, int? b) => new()
    {
        FormKey = "s",
        Answers = [.. new[] { ("a", a), ("b", b) }.Where(x => x.Item2 is not null).Select(x => new FormAnswer { QuestionId = x.Item1, Number = x.Item2 })],
    };

    private static FormResponse Ticked(params string[] checkpoints) => new() { FormKey = "c", Answers = [new() { QuestionId = "i", Choices = [.. checkpoints] }] };

    [Fact]
    public void Points_are_counted_highest_first_and_points_nobody_chose_are_left_out()
    {
        var form = Statements.Definition();
        FormResponse[] responses = [Rated(4, 1), Rated(4, null), Rated(3, 1)];

        Assert.Equal("ja 2 · grotendeels 1", ObservationTally.PointsText(form, form.Find("a")!, responses));
        Assert.Equal("nee 2", ObservationTally.PointsText(form, form.Find("b")!, responses));
        Assert.Equal("–", ObservationTally.PointsText(form, form.Find("b")!, []));
    }

    [Fact]
    public void The_share_of_statements_is_the_ratings_in_the_top_two_points_of_those_given()
    {
        Assert.Equal(50, ObservationTally.SharePercent(Statements, [Rated(4, 1), Rated(4, null), Rated(3, 1), Rated(null, 2)])); // 4, 4, 3 of six ratings
        Assert.Null(ObservationTally.SharePercent(Statements, []));
    }

    [Fact]
    public void The_share_of_checkpoints_is_the_ticks_out_of_forms_times_checkpoints()
    {
        Assert.Equal(33, ObservationTally.SharePercent(Checkpoints, [Ticked("1", "2"), Ticked("3"), Ticked()]));
        Assert.Equal(2, ObservationTally.Seen(Checkpoints.Definition().Find("i")!, 1, [Ticked("1", "2"), Ticked("1"), Ticked()]));
    }

    [Theory]
    [InlineData(0, 3, false, false)]
    [InlineData(0, 3, true, false)]
    [InlineData(2, 3, false, false)]
    [InlineData(3, 3, false, true)]
    [InlineData(1, 3, true, true)]
    [InlineData(1, 0, false, true)]
    public void Observers_answers_show_from_the_minimum_group_or_when_the_cohort_names_observers(int submitted, int k, bool named, bool shown) =>
        Assert.Equal(shown, ObservationTally.MayShow(submitted, k, named));
}

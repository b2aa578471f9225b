using Leerruimte.Features.Actions;

namespace Leerruimte.UnitTests.Meetings;

public sealed class FollowUpAggregateTests
{
    [Fact]
    public void Below_the_minimum_nothing_is_shown_but_the_count()
    {
        var aggregate = FollowUpAggregate.Of([(4, 6), (5, 7), (6, null)], minimum: 3);

        Assert.False(aggregate.IsShown);
        Assert.Equal(2, aggregate.Answered);
        Assert.Null(aggregate.AverageBefore);
    }

    [Fact]
    public void At_the_minimum_only_those_who_answered_count_in_both_averages()
    {
        var aggregate = FollowUpAggregate.Of([(4, 6), (5, 7), (6, 6), (9, null)], minimum: 3);

        Assert.True(aggregate.IsShown);
        Assert.Equal(5.0, aggregate.AverageBefore);
        Assert.Equal(6.3, aggregate.AverageAfter);
        Assert.Equal(2, aggregate.Improved);
    }
}

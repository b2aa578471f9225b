using Leerruimte.Features.Sessions;

namespace Leerruimte.UnitTests.Sessions;

public sealed class GroupMakerTests
{
    [Theory]
    [InlineData(10, 3, 4, new[] { 4, 3, 3 })]
    [InlineData(12, 3, 4, new[] { 4, 4, 4 })]
    [InlineData(7, 3, 4, new[] { 4, 3 })]
    [InlineData(3, 3, 4, new[] { 3 })]
    [InlineData(8, 2, 2, new[] { 2, 2, 2, 2 })]
    [InlineData(7, 2, 2, new[] { 3, 2, 2 })]
    public void Sizes_stay_within_the_bounds_where_the_numbers_allow(int people, int min, int max, int[] expected) =>
        Assert.Equal(expected.Order(), GroupMaker.BestSizes(people, min, max).Order());

    [Fact]
    public void Everyone_is_in_exactly_one_group_and_different_seeds_shuffle_differently()
    {
        var people = Enumerable.Range(1, 11).ToList();

        var a = GroupMaker.Make(people, 3, 4, new Random(1));
        var b = GroupMaker.Make(people, 3, 4, new Random(2));

        Assert.Equal(people, a.SelectMany(g => g).Order());
        Assert.All(a, g => Assert.InRange(g.Count, 3, 4));
        Assert.NotEqual(a.Select(g => string.Join(",", g)), b.Select(g => string.Join(",", g)));
    }

    [Fact]
    public void Nobody_present_means_no_groups() => Assert.Empty(GroupMaker.Make(Array.Empty<int>(), 3, 4, new Random(1)));
}

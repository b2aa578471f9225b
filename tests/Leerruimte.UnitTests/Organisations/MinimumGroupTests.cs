using Leerruimte.Features.Organisations;

namespace Leerruimte.UnitTests.Organisations;

/// <summary>The edges of the minimum-group rule; the integration suite runs the same rule in SQLite and PostgreSQL.</summary>
public sealed class MinimumGroupTests
{
    private sealed record Row(string Team, Guid Person, int Value);

    private static readonly Guid Ann = Guid.NewGuid(), Bob = Guid.NewGuid(), Cas = Guid.NewGuid();

    private static List<string> Shown(int minimum, params Row[] rows) =>
        rows.AsQueryable().GroupBy(r => r.Team).HavingPeople(r => r.Person, minimum).Select(g => g.Key).Order().ToList();

    [Fact]
    public void A_group_of_k_people_is_shown_and_one_of_k_minus_one_is_not()
    {
        var shown = Shown(3,
            new("noord", Ann, 1), new("noord", Bob, 2), new("noord", Cas, 3),
            new("zuid", Ann, 1), new("zuid", Bob, 2));

        Assert.Equal(["noord"], shown);
    }

    [Fact]
    public void Someone_with_several_rows_counts_once()
    {
        var shown = Shown(3, new("noord", Ann, 1), new("noord", Ann, 2), new("noord", Ann, 3), new("noord", Bob, 4));

        Assert.Empty(shown);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void A_minimum_of_zero_or_less_is_one_person(int configured)
    {
        Assert.Equal(1, MinimumGroup.Size(configured));
        Assert.Equal(["noord"], Shown(configured, new Row("noord", Ann, 1)));
    }

    [Fact]
    public void The_configured_minimum_is_kept_and_three_is_the_default()
    {
        Assert.Equal(5, MinimumGroup.Size(5));
        Assert.Equal(3, new Organisation { Name = "x" }.MinimumGroupSize);
        Assert.Equal(3, MinimumGroup.Default);
    }
}

using Leerruimte.Features.AgendaSessions;
using Leerruimte.Features.WorkForms;

namespace Leerruimte.UnitTests.AgendaSessions;

/// <summary>How a work form's steps follow the minutes its item on a team session's agenda was given.</summary>
public sealed class AgendaScriptTests
{
    [Theory]
    [InlineData(new[] { 3, 10, 10, 7 }, 30, new[] { 3, 10, 10, 7 })]
    [InlineData(new[] { 12, 3, 10, 5 }, 60, new[] { 24, 6, 20, 10 })]
    [InlineData(new[] { 2, 10, 8 }, 10, new[] { 1, 5, 4 })]
    [InlineData(new[] { 1, 1, 1 }, 10, new[] { 4, 3, 3 })]
    [InlineData(new[] { 10, 1, 1 }, 4, new[] { 2, 1, 1 })]
    [InlineData(new[] { 0, 0 }, 9, new[] { 5, 4 })]
    public void Steps_are_scaled_in_proportion_with_a_minute_each_and_add_up_to_the_items_minutes(int[] steps, int total, int[] expected)
    {
        var scaled = AgendaScript.Scale(steps, total);

        Assert.Equal(expected, scaled);
        Assert.Equal(total, scaled.Sum());
    }

    [Fact]
    public void Every_total_from_one_minute_a_step_to_the_maximum_is_met_exactly()
    {
        int[] steps = [1, 2, 2, 2, 2, 2, 2, 2];
        for (var total = steps.Length; total <= AgendaSessionItem.MaxMinutes; total++)
        {
            var scaled = AgendaScript.Scale(steps, total);
            Assert.Equal(total, scaled.Sum());
            Assert.All(scaled, m => Assert.True(m >= 1));
        }
    }

    private static WorkForm Form(string id, params int[] minutes) =>
        new() { Id = id, Title = id, Steps = [.. minutes.Select((m, i) => new WorkFormStep { Title = $"stap {i + 1}", Minutes = m })] };

    [Fact]
    public void Adding_moving_and_removing_change_only_the_agenda_in_the_form()
    {
        WorkForm[] forms = [Form("a", 5, 5), Form("b", 10), Form("c", 1, 1, 1)];
        var items = new List<ComposeAgenda.Item>();

        foreach (var id in new[] { "a", "b", "c" }) Assert.Null(ComposeAgenda.Apply(items, ComposeAgenda.Add, id, forms));
        ComposeAgenda.Apply(items, ComposeAgenda.Command(ComposeAgenda.Down, 0), null, forms);
        ComposeAgenda.Apply(items, ComposeAgenda.Command(ComposeAgenda.Up, 0), null, forms); // the first cannot go up
        ComposeAgenda.Apply(items, ComposeAgenda.Command(ComposeAgenda.Remove, 9), null, forms); // no such item: nothing happens

        Assert.Equal(["b", "a", "c"], items.Select(i => i.FormId));
        Assert.Equal([10, 10, 3], items.Select(i => i.Minutes));
        Assert.NotNull(ComposeAgenda.Apply(items, ComposeAgenda.Add, "onbekend", forms));
        Assert.Equal(3, items.Count);
    }

    [Fact]
    public void An_agenda_takes_no_more_than_twelve_items()
    {
        WorkForm[] forms = [Form("a", 5)];
        var items = Enumerable.Range(0, AgendaSession.MaxItems).Select(_ => new ComposeAgenda.Item { FormId = "a", Minutes = 5 }).ToList();

        Assert.NotNull(ComposeAgenda.Apply(items, ComposeAgenda.Add, "a", forms));
        Assert.Equal(AgendaSession.MaxItems, items.Count);
    }
}

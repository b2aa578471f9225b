using Leerruimte.Features.ContentPacks;

namespace Leerruimte.UnitTests.ContentPacks;

/// <summary>An uploaded pack may not make the server read or build more than a real pack needs.</summary>
public sealed class PackLimitsTests
{
    // Nine levels of nine aliases: 597 bytes that expand to 9^9 nodes when aliases are followed.
    private static readonly string AliasBomb = "kind: module\n" + string.Join("\n",
        new[] { "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]" }
            .Concat("bcdefghi".Select((c, i) => $"{c}: &{c} [{string.Join(",", Enumerable.Repeat($"*{"abcdefghi"[i]}", 9))}]")));

    [Fact]
    public void An_alias_bomb_is_refused_before_anything_is_expanded()
    {
        var budget = new YamlBudget();

        var result = AppPacks.Parser.Parse("bom.yaml", AliasBomb, budget);

        var error = Assert.Single(result.Errors);
        Assert.Null(result.Pack);
        Assert.Equal(2, error.Line);
        Assert.StartsWith("bom.yaml, regel 2: ", error.ToString());
        Assert.Contains("&a", error.Message);
        Assert.InRange(budget.Nodes, 1, 10);
        Assert.InRange(budget.Characters, 1, AliasBomb.Length);
    }

    [Fact]
    public void A_pack_with_a_plain_anchor_and_alias_gets_a_dutch_message_on_the_line_of_the_anchor()
    {
        var yaml = PackSamples.ModuleWith("title: Stap 1", "title: &stap Stap 1").Replace("title: Dromer", "title: *stap");

        var error = Assert.Single(AppPacks.Parser.Parse("m.yaml", yaml).Errors);

        Assert.Equal(LineOf(yaml, "&stap"), error.Line);
        Assert.Equal("'&stap' is een anker; ankers en verwijzingen kunnen niet in een pakket. Schrijf de tekst voluit, "
            + "of zet hem tussen aanhalingstekens als hij met & begint", error.Message);
    }

    [Fact]
    public void A_text_that_starts_with_a_star_is_told_to_be_quoted_on_its_line()
    {
        var yaml = PackSamples.ModuleWith("title: Stap 1", "title: *Belangrijk*");

        var error = Assert.Single(AppPacks.Parser.Parse("m.yaml", yaml).Errors);

        Assert.Equal(LineOf(yaml, "*Belangrijk*"), error.Line);
        Assert.StartsWith("'*Belangrijk*' is een verwijzing", error.Message);
        Assert.EndsWith("als hij met * begint", error.Message);
    }

    [Fact]
    public void A_pack_with_more_nodes_than_the_limit_is_refused_and_reading_stops_there()
    {
        var yaml = "kind: module\nid: veel\nitems: [" + string.Join(",", Enumerable.Repeat("x", YamlBudget.MaxNodes + 1000)) + "]\n";
        var budget = new YamlBudget();

        var error = Assert.Single(AppPacks.Parser.Parse("veel.yaml", yaml, budget).Errors);

        Assert.Contains($"meer dan {YamlBudget.MaxNodes} onderdelen", error.Message);
        Assert.Equal(3, error.Line);
        Assert.Equal(YamlBudget.MaxNodes + 1, budget.Nodes);
    }

    [Fact]
    public void The_shipped_packs_stay_far_below_the_node_limit()
    {
        var largest = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "content"), "*.yaml", SearchOption.AllDirectories)
            .Select(f => { var b = new YamlBudget(); AppPacks.Parser.Parse(f, File.ReadAllText(f), b); return b.Nodes; }).Max();

        Assert.InRange(largest, 100, YamlBudget.MaxNodes / 10);
    }

    [Fact]
    public void A_file_larger_than_the_cap_is_refused_in_dutch_without_reading_it()
    {
        var budget = new YamlBudget();

        var error = Assert.Single(AppPacks.Parser.Parse("groot.yaml", "kind: module\n" + new string('x', PackParser.MaxFileBytes), budget).Errors);

        Assert.Equal("het bestand is groter dan 1 MB", error.Message);
        Assert.Equal(0, budget.Nodes);
    }

    private static int LineOf(string text, string fragment) =>
        text[..text.IndexOf(fragment, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
}

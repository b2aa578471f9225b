namespace Leerruimte.Features.Meter;

public sealed record ScoredStatement(string Id, string Text, string ClusterTitle, int Value);

/// <summary>A place in a top list; statements with the same score share it ("4-6" and <see cref="Tied"/>).</summary>
public sealed record RankedStatement(ScoredStatement Statement, int FirstPlace, int LastPlace)
{
    public bool Tied => FirstPlace != LastPlace;
    public string Place => Tied ? $"{FirstPlace}-{LastPlace}" : FirstPlace.ToString();
}

/// <summary>
/// The strongest and weakest statements. A top five that would split statements with the same score
/// takes all of them: ties are shown as ties rather than cut at random, so the list can be longer than five.
/// </summary>
public static class Ranking
{
    public const int Size = 5;

    public static IReadOnlyList<RankedStatement> Strongest(IEnumerable<ScoredStatement> statements, int size = Size) =>
        Top(statements.OrderByDescending(s => s.Value), size);

    public static IReadOnlyList<RankedStatement> Weakest(IEnumerable<ScoredStatement> statements, int size = Size) =>
        Top(statements.OrderBy(s => s.Value), size);

    private static List<RankedStatement> Top(IEnumerable<ScoredStatement> ordered, int size)
    {
        var result = new List<RankedStatement>();
        var place = 1;
        foreach (var tier in ordered.GroupBy(s => s.Value))
        {
            if (result.Count >= size) break;
            var members = tier.OrderBy(s => s.ClusterTitle).ThenBy(s => s.Text).ToList();
            result.AddRange(members.Select(s => new RankedStatement(s, place, place + members.Count - 1)));
            place += members.Count;
        }
        return result;
    }
}

namespace Leerruimte.Features.Meter;

public sealed record ScoredStatement(string Id, string Text, string ClusterTitle, int Value);

/// <summary>A place in a top list; statements with the same score share it ("4-6" and <see cref="Tied"/>).</summary>
public sealed record RankedStatement(ScoredStatement Statement, int FirstPlace, int LastPlace)
{
    public bool Tied => FirstPlace != LastPlace;
    public string Place => Tied ? $"{FirstPlace}–{LastPlace}" : FirstPlace.ToString();
}

/// <summary>Statements with the same score that share a place but are too many to list: shown as one line.</summary>
public sealed record SharedPlace(int Place, int Value, IReadOnlyList<ScoredStatement> Statements);

/// <summary>A top list: the statements on its places and, after them, a tie too large to list.</summary>
public sealed record RankedList(IReadOnlyList<RankedStatement> Items, SharedPlace? Tie)
{
    public bool IsEmpty => Items.Count == 0 && Tie is null;

    /// <summary>Every statement the list stands for, the tie's included.</summary>
    public IEnumerable<ScoredStatement> Statements => Items.Select(i => i.Statement).Concat(Tie?.Statements ?? []);
}

/// <summary>
/// The strongest and weakest statements, by the rule in docs/meter.md: places 1 to 5 from the top and from the
/// bottom; statements with the same score share a place, listed whole while the list stays at most
/// <see cref="LongestList"/> long and otherwise told in one line; a score belongs to the strengths only when more
/// statements scored lower than higher, to the challenges only when more scored higher, so no statement is in both.
/// </summary>
public static class Ranking
{
    public const int Size = 5;

    /// <summary>A tie at the edge of the top five is listed whole up to this length.</summary>
    public const int LongestList = 7;

    public static RankedList Strongest(IEnumerable<ScoredStatement> statements) => Top(statements.ToList(), highestFirst: true);

    public static RankedList Weakest(IEnumerable<ScoredStatement> statements) => Top(statements.ToList(), highestFirst: false);

    private static RankedList Top(List<ScoredStatement> all, bool highestFirst)
    {
        var tiers = all.GroupBy(s => s.Value).OrderBy(t => highestFirst ? -t.Key : t.Key);
        var items = new List<RankedStatement>();
        var ahead = 0;
        foreach (var tier in tiers)
        {
            var members = tier.OrderBy(s => s.ClusterTitle).ThenBy(s => s.Text).ToList();
            var place = ahead + 1;
            var behind = all.Count - ahead - members.Count;
            // Past the top five, or in the middle: as many (or more) statements on this side of the score as on the other.
            if (place > Size || behind <= ahead) break;
            if (items.Count + members.Count > LongestList) return new(items, new SharedPlace(place, tier.Key, members));
            items.AddRange(members.Select(s => new RankedStatement(s, place, place + members.Count - 1)));
            ahead += members.Count;
        }
        return new(items, null);
    }
}

namespace Leerruimte.Features.Sessions;

/// <summary>
/// Splits the people present into random groups. Sizes stay within the assignment's bounds where the
/// number of people allows it, and are as even as possible otherwise (an odd number of pairs gives one trio).
/// </summary>
public static class GroupMaker
{
    public static List<List<T>> Make<T>(IReadOnlyList<T> people, int min, int max, Random random)
    {
        if (people.Count == 0) return [];
        var shuffled = people.OrderBy(_ => random.Next()).ToList();
        var sizes = BestSizes(people.Count, Math.Max(1, min), Math.Max(min, max));
        var groups = new List<List<T>>();
        var taken = 0;
        foreach (var size in sizes)
        {
            groups.Add(shuffled.GetRange(taken, size));
            taken += size;
        }
        return groups;
    }

    /// <summary>
    /// Group sizes for <paramref name="count"/> people: fewest people outside [min, max] (a group too small
    /// counts double: someone left without a partner cannot do the assignment), then sizes nearest the middle.
    /// </summary>
    public static IReadOnlyList<int> BestSizes(int count, int min, int max) =>
        Enumerable.Range(1, count)
            .Select(groups => EvenSizes(count, groups))
            .OrderBy(sizes => sizes.Sum(s => s < min ? 2 * (min - s) : s > max ? s - max : 0))
            .ThenBy(sizes => Math.Abs(sizes.Average() - (min + max) / 2.0))
            .First();

    private static int[] EvenSizes(int count, int groups) =>
        Enumerable.Range(0, groups).Select(i => count / groups + (i < count % groups ? 1 : 0)).ToArray();
}

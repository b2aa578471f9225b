namespace Leerruimte.Bench.Generator;

/// <summary>
/// How big each organisation and team is, with the skew of a national deployment: organisation sizes fall off as
/// 1/(rank + 5) (the largest has some 200 teams at full scale, the median a handful), team sizes 4-25 with most teams small.
/// At least three organisations of three teams each, so even a tiny scale has organisations to compare.
/// </summary>
public static class Shape
{
    public const int FullOrganisations = 340, FullTeams = 5_000;

    public static int[] TeamsPerOrganisation(double scale)
    {
        var organisations = Math.Max(3, (int)Math.Round(FullOrganisations * scale));
        var teams = Math.Max(3 * organisations, (int)Math.Round(FullTeams * scale));
        var weights = Enumerable.Range(0, organisations).Select(i => 1.0 / (i + 5)).ToArray();
        var sum = weights.Sum();
        return weights.Select(w => Math.Max(3, (int)Math.Round(teams * w / sum))).ToArray();
    }

    /// <summary>Members of a team besides its leader: 4 to 25, a cube of a uniform draw, so about half the teams have 4-6 members.</summary>
    public static int TeamSize(Random random) => 4 + (int)(22 * Math.Pow(random.NextDouble(), 3));
}

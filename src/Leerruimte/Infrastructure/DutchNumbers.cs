using System.Globalization;

namespace Leerruimte.Infrastructure;

/// <summary>
/// One rounding rule for every average and every hour count shown: one decimal, a half rounds away from zero
/// (3,25 → 3,3), as Dutch readers expect, and not to the even neighbour (.NET's default for Math.Round).
/// Rounding happens on a decimal: averages of whole scores and hours of whole minutes are divided in decimal,
/// so 41/20 is exactly 2,05 and rounds to 2,1; a double is first taken to its 15 significant digits, so the
/// binary 2.0499999… that the literal 2.05 stores also rounds as 2,05.
/// </summary>
public static class DutchNumbers
{
    public static double Round(double value) => (double)Round((decimal)value);

    public static decimal Round(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);

    /// <summary>The average of whole numbers given as their sum and count, rounded; null when there are none.</summary>
    public static double? Average(long sum, long count) => count == 0 ? null : (double)Round((decimal)sum / count);

    public static double Hours(long minutes) => (double)Round(minutes / 60m);

    /// <summary>"3,3" in Dutch, "3.3" in English; "–" for nothing.</summary>
    public static string Show(double? value) => value is { } v ? Round(v).ToString("0.0", CultureInfo.CurrentCulture) : "–";
}

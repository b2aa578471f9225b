using System.Globalization;

namespace Leerruimte.Features.Declarations;

/// <summary>
/// A period of a register declaration: a calendar year ("2026") or a quarter of it ("2026-k1"). Registerplein counts
/// over a five-year registration period; a professional adds up the years. Years outside 2000-2100 do not parse.
/// </summary>
public readonly record struct DeclarationPeriod(int Year, int? Quarter)
{
    public const int FirstYear = 2000, LastYear = 2100;

    public string Key => Quarter is { } q ? $"{Year}-k{q}" : Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>As the hours table of the learning log names it: "2026" or "2026 K1".</summary>
    public string Label => Quarter is { } q ? $"{Year} K{q}" : Year.ToString(CultureInfo.InvariantCulture);

    public DateOnly First => new(Year, Quarter is { } q ? (q - 1) * 3 + 1 : 1, 1);

    public DateOnly Last => Quarter is null ? new(Year, 12, 31) : First.AddMonths(3).AddDays(-1);

    public bool Contains(DateOnly date) => date >= First && date <= Last;

    public static DeclarationPeriod YearOf(DateOnly date) => new(date.Year, null);

    public static DeclarationPeriod QuarterOf(DateOnly date) => new(date.Year, (date.Month - 1) / 3 + 1);

    public static bool TryParse(string? text, out DeclarationPeriod period)
    {
        period = default;
        if (string.IsNullOrEmpty(text) || text.Length > 7) return false;
        var parts = text.ToLowerInvariant().Split("-k");
        if (parts.Length > 2 || parts[0].Length != 4 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return false;
        if (year is < FirstYear or > LastYear) return false;
        int? quarter = null;
        if (parts.Length == 2)
        {
            if (parts[1] is not ("1" or "2" or "3" or "4")) return false;
            quarter = parts[1][0] - '0';
        }
        period = new(year, quarter);
        return true;
    }

    /// <summary>
    /// The id a share of this period's declaration carries (<see cref="Sharing.Share.ItemId"/>): the year and quarter
    /// written into an otherwise empty Guid, so a share needs no table of its own (docs/decisions/0015-register-declaration.md).
    /// </summary>
    public Guid ItemId => new(Year, (short)(Quarter ?? 0), 0x7d, 0, 0, 0, 0, 0, 0, 0, 0);

    public static DeclarationPeriod? FromItemId(Guid id)
    {
        var b = id.ToByteArray();
        var year = BitConverter.ToInt32(b, 0);
        var quarter = BitConverter.ToInt16(b, 4);
        if (BitConverter.ToInt16(b, 6) != 0x7d || b[8..].Any(x => x != 0) || year is < FirstYear or > LastYear || quarter is < 0 or > 4) return null;
        return new(year, quarter == 0 ? null : quarter);
    }
}

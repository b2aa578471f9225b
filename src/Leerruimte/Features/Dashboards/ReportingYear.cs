using Leerruimte.Infrastructure;

namespace Leerruimte.Features.Dashboards;

/// <summary>
/// The fixed period a dashboard reports on: one calendar year in Dutch time, shown per quarter and whole. No free date
/// ranges, so two views never differ by a day or a person's single meeting (ADR 0016).
/// </summary>
public readonly record struct ReportingYear(int Year)
{
    public const int Quarters = 4;

    public DateTime Start => QuarterStart(1);
    public DateTime End => Utc(new DateOnly(Year + 1, 1, 1));
    public DateOnly FirstDay => new(Year, 1, 1);
    public DateOnly LastDay => new(Year, 12, 31);
    public DateTime QuarterStart(int quarter) => Utc(QuarterFirstDay(quarter));
    public DateOnly QuarterFirstDay(int quarter) => new(Year, (quarter - 1) * 3 + 1, 1);

    public static ReportingYear Of(DateOnly date) => new(date.Year);

    /// <summary>The year in a query value such as "2026"; anything else (or a year out of range) is not one.</summary>
    public static bool TryParse(string? text, out ReportingYear year)
    {
        year = default;
        if (text is not { Length: 4 } || !int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)) return false;
        if (value is < Declarations.DeclarationPeriod.FirstYear or > Declarations.DeclarationPeriod.LastYear) return false;
        year = new(value);
        return true;
    }

    private static DateTime Utc(DateOnly date) => DutchTime.TryToUtc(date, TimeOnly.MinValue, out var utc) ? utc : date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
}

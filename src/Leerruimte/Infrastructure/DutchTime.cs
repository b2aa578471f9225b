using System.Globalization;

namespace Leerruimte.Infrastructure;

/// <summary>Times are stored in UTC and shown and entered in Dutch local time.</summary>
public static class DutchTime
{
    public static readonly TimeZoneInfo Zone = Find();

    public static DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static DateTime ToUtc(DateOnly date, TimeOnly time) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(date.ToDateTime(time), DateTimeKind.Unspecified), Zone);

    /// <summary>"maandag 23 november 2026, 14:00" in the current UI culture.</summary>
    public static string Long(DateTime utc) => ToLocal(utc).ToString("dddd d MMMM yyyy, HH:mm", CultureInfo.CurrentCulture);

    public static string Short(DateTime utc) => ToLocal(utc).ToString("d MMM HH:mm", CultureInfo.CurrentCulture);

    public static string Date(DateTime utc) => ToLocal(utc).ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    private static TimeZoneInfo Find()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.CreateCustomTimeZone("CET", TimeSpan.FromHours(1), "CET", "CET"); }
    }
}

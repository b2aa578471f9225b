using System.Globalization;

namespace Leerruimte.Infrastructure;

/// <summary>Times are stored in UTC and shown and entered in Dutch local time.</summary>
public static class DutchTime
{
    /// <summary>The IANA name calendars know the zone by.</summary>
    public const string ZoneId = "Europe/Amsterdam";

    public static readonly TimeZoneInfo Zone = Find();

    public static DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>
    /// A Dutch date and time in UTC; false for a time the clocks skip when summer time starts (02:00-03:00 on
    /// the last Sunday of March), which does not exist. In the hour that comes twice in autumn, winter time is taken.
    /// </summary>
    public static bool TryToUtc(DateOnly date, TimeOnly time, out DateTime utc)
    {
        var local = DateTime.SpecifyKind(date.ToDateTime(time), DateTimeKind.Unspecified);
        utc = Zone.IsInvalidTime(local) ? default : TimeZoneInfo.ConvertTimeToUtc(local, Zone);
        return utc != default;
    }

    /// <summary>The Dutch calendar date of a moment in UTC.</summary>
    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(ToLocal(utc));

    /// <summary>Today in the Netherlands, on the app's clock.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow().UtcDateTime);

    /// <summary>"maandag 23 november 2026, 14:00" in the current UI culture.</summary>
    public static string Long(DateTime utc) => ToLocal(utc).ToString("dddd d MMMM yyyy, HH:mm", CultureInfo.CurrentCulture);

    public static string Short(DateTime utc) => ToLocal(utc).ToString("d MMM HH:mm", CultureInfo.CurrentCulture);

    public static string Time(DateTime utc) => ToLocal(utc).ToString("HH:mm", CultureInfo.CurrentCulture);

    public static string Date(DateTime utc) => ToLocal(utc).ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    private static TimeZoneInfo Find()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById(ZoneId); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.CreateCustomTimeZone("CET", TimeSpan.FromHours(1), "CET", "CET"); }
    }
}

using Leerruimte.Infrastructure;
using Leerruimte.Resources;

namespace Leerruimte.Features.Sessions;

/// <summary>When a planned session starts, as typed in Dutch time: the moment in UTC, or why it cannot be.</summary>
public static class PlannedStart
{
    /// <summary>
    /// A time the clock skips in the Netherlands (the spring change) is refused, as is a date more than a year back or
    /// two years ahead. Past dates are allowed on purpose: a session held on paper can be typed in afterwards.
    /// </summary>
    public static (DateTime StartsAt, string? Error) Of(DateOnly date, TimeOnly time, DateTime now)
    {
        if (!DutchTime.TryToUtc(date, time, out var startsAt)) return (default, string.Format(Ui.Plan_TimeSkipped, time.ToString("HH:mm")));
        return startsAt > now.AddYears(-1) && startsAt < now.AddYears(2) ? (startsAt, null) : (default, Ui.Plan_DateOutOfRange);
    }
}

using Ical.Net;
using Leerruimte.Infrastructure;

namespace Leerruimte.UnitTests.Infrastructure;

/// <summary>The calendar file of an invitation, read back the way a calendar reads it.</summary>
public sealed class CalendarFileTests
{
    private static readonly CalendarFile.Attendee Chair = new("Sander Bakker", "sander@example.org");

    // Tuesday 16 March 2027, 10:00 in the Netherlands (09:00 UTC); summer time starts on Sunday 28 March.
    private static readonly DateTime BeforeSummerTime = new(2027, 3, 16, 9, 0, 0, DateTimeKind.Utc);

    private static CalendarFile.Entry Entry(CalendarFile.Repeat? repeat) =>
        new(Guid.Parse("0193f0a0-0000-7000-8000-000000000001"), "Casusoverleg: Actieleren", "Tekst", "Teamkamer",
            BeforeSummerTime, BeforeSummerTime.AddMinutes(45), 0, "Wijkteam Noord", repeat);

    [Fact]
    public void A_weekly_series_stays_at_ten_oclock_dutch_time_across_the_start_of_summer_time()
    {
        var ics = CalendarFile.Create(Entry(new(Weeks: 1, Count: 4)), Chair, [Chair], cancel: false, BeforeSummerTime);

        var e = Calendar.Load(ics)!.Events.Single();
        var starts = e.GetOccurrences().Select(o => DutchTime.ToLocal(o.Period.StartTime.AsUtc)).ToList();

        Assert.Equal(4, starts.Count);
        Assert.All(starts, s => Assert.Equal(new TimeOnly(10, 0), TimeOnly.FromDateTime(s)));
        Assert.Equal([16, 23, 30, 6], starts.Select(s => s.Day));
        Assert.Equal(8, e.GetOccurrences().Last().Period.StartTime.AsUtc.Hour); // 10:00 summer time is 08:00 UTC
    }

    [Fact]
    public void A_single_event_has_no_repeat_and_carries_its_id_place_and_organiser()
    {
        var ics = CalendarFile.Create(Entry(null), Chair, [Chair], cancel: false, BeforeSummerTime);

        var e = Calendar.Load(ics)!.Events.Single();

        Assert.Single(e.GetOccurrences());
        Assert.Equal("0193f0a0000070008000000000000001@leerruimte", e.Uid);
        Assert.Equal("Teamkamer", e.Location);
        Assert.Equal("mailto:sander@example.org", e.Organizer!.Value!.ToString());
        Assert.Equal(BeforeSummerTime, e.DtStart!.AsUtc);
    }

    [Fact]
    public void A_cancellation_says_so_to_the_calendar()
    {
        var ics = CalendarFile.Create(Entry(null), Chair, [Chair], cancel: true, BeforeSummerTime);

        Assert.Contains("METHOD:CANCEL", ics);
        Assert.Equal("CANCELLED", Calendar.Load(ics)!.Events.Single().Status);
    }
}

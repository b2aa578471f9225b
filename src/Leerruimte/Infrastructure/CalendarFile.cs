using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Leerruimte.Infrastructure;

/// <summary>
/// The .ics file sent with invitations to meetings and consultations. The host's id is the UID and the calendar
/// sequence rises with every change, so calendars replace the earlier invitation instead of adding a second one.
/// Times are Dutch wall-clock times with their time zone, so a weekly series stays at 10:00 across the change to
/// and from summer time (in UTC it would move an hour).
/// </summary>
public static class CalendarFile
{
    public const string ContentTypeRequest = "text/calendar; method=REQUEST; charset=utf-8";
    public const string ContentTypeCancel = "text/calendar; method=CANCEL; charset=utf-8";

    public sealed record Attendee(string Name, string Email);

    /// <summary>A repeat every <paramref name="Weeks"/> weeks, <paramref name="Count"/> times in all.</summary>
    public sealed record Repeat(int Weeks, int Count);

    /// <summary>
    /// One event, or the first of a series; times in UTC. With <paramref name="OccurrenceOf"/> it is one occurrence of
    /// the series <paramref name="Id"/>, named by the start the series gave it, moved or cancelled on its own.
    /// </summary>
    public sealed record Entry(Guid Id, string Summary, string Description, string? Place, DateTime StartsAt, DateTime EndsAt, int Sequence, string Category,
        Repeat? Repeats = null, DateTime? OccurrenceOf = null);

    public static string Create(Entry entry, Attendee organiser, IEnumerable<Attendee> attendees, bool cancel, DateTime now) =>
        Create([entry], organiser, attendees, cancel, now);

    /// <summary>Several events in one file, such as the cancelled occurrences of a series.</summary>
    public static string Create(IReadOnlyList<Entry> entries, Attendee organiser, IEnumerable<Attendee> attendees, bool cancel, DateTime now)
    {
        var calendar = new Calendar { Method = cancel ? "CANCEL" : "REQUEST", ProductId = "-//Leerruimte//Teamleren//NL" };
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(DutchTime.ZoneId, DutchTime.ToLocal(entries.Min(e => e.StartsAt)), includeHistoricalData: false));
        var people = attendees.ToList();
        foreach (var entry in entries) calendar.Events.Add(Event(entry, organiser, people, cancel, now));
        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    private static CalendarEvent Event(Entry entry, Attendee organiser, List<Attendee> attendees, bool cancel, DateTime now)
    {
        var e = new CalendarEvent
        {
            Uid = $"{entry.Id:N}@leerruimte",
            Summary = entry.Summary,
            Description = entry.Description,
            Location = entry.Place,
            DtStart = Local(entry.StartsAt),
            DtEnd = Local(entry.EndsAt),
            DtStamp = new CalDateTime(now, "UTC"),
            Sequence = entry.Sequence,
            Status = cancel ? "CANCELLED" : "CONFIRMED",
            Organizer = new Organizer($"mailto:{organiser.Email}") { CommonName = organiser.Name },
        };
        if (entry.Repeats is { } r) e.RecurrenceRule = new RecurrencePattern(FrequencyType.Weekly, r.Weeks) { Count = r.Count };
        if (entry.OccurrenceOf is { } original) e.RecurrenceIdentifier = new RecurrenceIdentifier(Local(original));
        e.Categories.Add(entry.Category);
        foreach (var a in attendees)
            e.Attendees.Add(new Ical.Net.DataTypes.Attendee($"mailto:{a.Email}") { CommonName = a.Name, Rsvp = !cancel, Role = "REQ-PARTICIPANT" });
        return e;
    }

    private static CalDateTime Local(DateTime utc) => new(DateTime.SpecifyKind(DutchTime.ToLocal(utc), DateTimeKind.Unspecified), DutchTime.ZoneId);
}

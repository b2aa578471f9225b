using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Leerruimte.Features.Meetings;

/// <summary>
/// The .ics file sent with invitations. The meeting id is the UID and the calendar sequence rises with
/// every change, so calendars replace the earlier invitation instead of adding a second one.
/// </summary>
public static class CalendarFile
{
    public const string ContentTypeRequest = "text/calendar; method=REQUEST; charset=utf-8";
    public const string ContentTypeCancel = "text/calendar; method=CANCEL; charset=utf-8";

    public sealed record Attendee(string Name, string Email);

    public static string Create(Meeting meeting, string teamName, Attendee organiser, IEnumerable<Attendee> attendees, string description, bool cancel, DateTime now)
    {
        var calendar = new Calendar { Method = cancel ? "CANCEL" : "REQUEST", ProductId = "-//Leerruimte//Teambijeenkomst//NL" };
        var e = new CalendarEvent
        {
            Uid = $"{meeting.Id:N}@leerruimte",
            Summary = $"{Resources.Ui.Meeting_CalendarTitle}: {meeting.Title}",
            Description = description,
            Location = meeting.Place,
            DtStart = new CalDateTime(meeting.StartsAt, "UTC"),
            DtEnd = new CalDateTime(meeting.EndsAt, "UTC"),
            DtStamp = new CalDateTime(now, "UTC"),
            Sequence = meeting.CalendarSequence,
            Status = cancel ? "CANCELLED" : "CONFIRMED",
            Organizer = new Organizer($"mailto:{organiser.Email}") { CommonName = organiser.Name },
        };
        e.Categories.Add(teamName);
        foreach (var a in attendees)
            e.Attendees.Add(new Ical.Net.DataTypes.Attendee($"mailto:{a.Email}") { CommonName = a.Name, Rsvp = !cancel, Role = "REQ-PARTICIPANT" });
        calendar.Events.Add(e);
        return new CalendarSerializer().SerializeToString(calendar)!;
    }
}

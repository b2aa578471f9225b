using Leerruimte.Features.Sessions;
using Leerruimte.Infrastructure;

namespace Leerruimte.Bench.Generator;

/// <summary>What every generated session shares: its live session, held or planned, with its participants and their attendance.</summary>
public sealed class Sessions(IRowSink sink, Random random, Ids ids)
{
    /// <summary>A start on this Dutch date at 09:00, 10:30 or 13:30, as teams meet.</summary>
    public DateTime StartOn(DateOnly date)
    {
        TimeOnly[] times = [new(9, 0), new(10, 30), new(13, 30)];
        return DutchTime.TryToUtc(date, times[random.Next(times.Length)], out var utc) ? utc : throw new InvalidOperationException("These times always exist.");
    }

    public static DateOnly DateOf(DateTime utc) => DutchTime.DateOf(utc);

    /// <summary>The session row and its participants; returns who was present (all of them empty when not held).</summary>
    public async Task<(Guid Id, List<Guid> Present)> WriteAsync(Guid organisation, Origin origin, string scriptRef, Guid facilitator, IEnumerable<Guid> people,
        DateTime startsAt, int minutes, SessionStatus status, int lastStep, double attendance)
    {
        var held = status == SessionStatus.Closed;
        var session = new LiveSession
        {
            Id = ids.At(startsAt.AddDays(-14)), OrganisationId = organisation, OriginKind = origin.Kind, OriginId = origin.Id, ScriptRef = scriptRef,
            FacilitatorId = facilitator, JoinCode = ids.JoinCode(), Status = status, CreatedAt = startsAt.AddDays(-random.Next(7, 29)),
            StepIndex = held ? lastStep : 0, StartedAt = held ? startsAt : null, ClosedAt = held ? startsAt.AddMinutes(minutes + random.Next(-5, 10)) : null,
            Revision = held ? random.Next(20, 80) : 0,
        };
        await sink.AddAsync(session);
        var present = new List<Guid>();
        foreach (var person in people.Append(facilitator).Distinct())
        {
            var there = held && (person == facilitator || random.NextDouble() < attendance);
            if (there) present.Add(person);
            await sink.AddAsync(new SessionParticipant
            {
                Id = ids.At(session.CreatedAt), OrganisationId = organisation, SessionId = session.Id, PersonId = person, Role = SessionRole.Member,
                Present = there, JoinedAt = there ? startsAt.AddMinutes(random.Next(-5, 10)) : null,
            });
        }
        return (session.Id, present);
    }
}

using Leerruimte.Data;
using Leerruimte.Features.People;
using Leerruimte.Features.Teams;
using Leerruimte.Tenancy;

namespace Leerruimte.Features.Meetings;

public enum MeetingStatus { Planned = 0, Running = 1, Closed = 2, Cancelled = 3 }

/// <summary>
/// A team meeting (teambijeenkomst) on one exact version of a module, with its live state: which agenda
/// item is current and how its clock stands. Clocks are stored as timestamps; screens count down themselves.
/// </summary>
public sealed class Meeting : IOrganisationOwned, IHasCreatedAt
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid TeamId { get; set; }
    public Team? Team { get; set; }

    /// <summary>The stored pack version the meeting was planned with; later versions do not change it.</summary>
    public Guid ModuleVersionId { get; set; }
    public required string ModuleId { get; set; }
    public int ModuleVersion { get; set; }
    public required string Title { get; set; }

    public DateTime StartsAt { get; set; }
    public int DurationMinutes { get; set; }
    public string? Place { get; set; }
    public Guid FacilitatorId { get; set; }
    public Person? Facilitator { get; set; }
    public MeetingStatus Status { get; set; }
    public required string JoinCode { get; set; }
    public int CalendarSequence { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? StartedAt { get; set; }
    public DateTime? ClosedAt { get; set; }

    public int AgendaIndex { get; set; }
    public MeetingClock Clock { get; set; } = new();
    public int? TimedStepIndex { get; set; }
    public DateTime? TimedStepStartedAt { get; set; }

    /// <summary>Raised on every change of the live state; two consoles cannot overwrite each other unseen.</summary>
    public int Revision { get; set; }

    public List<MeetingInvitee> Invitees { get; set; } = [];

    public DateTime EndsAt => StartsAt.AddMinutes(DurationMinutes);
}

/// <summary>
/// The countdown of the current agenda item: running since <see cref="StartedAt"/> (null when paused),
/// plus seconds already run before a pause, plus minutes added with "extend".
/// </summary>
public sealed class MeetingClock
{
    public DateTime? StartedAt { get; set; }
    public int ElapsedSeconds { get; set; }
    public int ExtraSeconds { get; set; }

    public bool IsRunning => StartedAt is not null;

    public int Elapsed(DateTime now) => ElapsedSeconds + (StartedAt is { } s ? (int)Math.Max(0, (now - s).TotalSeconds) : 0);

    public int Remaining(int plannedMinutes, DateTime now) => plannedMinutes * 60 + ExtraSeconds - Elapsed(now);
}

public sealed class MeetingInvitee : IOrganisationOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid MeetingId { get; set; }
    public Guid PersonId { get; set; }
    public Person? Person { get; set; }

    /// <summary>Attendance as taken in the console (or by joining with the code); the facilitator can correct it.</summary>
    public bool Present { get; set; }
    public DateTime? JoinedAt { get; set; }
}

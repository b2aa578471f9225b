using Leerruimte.Data;
using Leerruimte.Features.People;
using Leerruimte.Tenancy;

namespace Leerruimte.Features.Sessions;

public enum SessionStatus { Planned = 0, Running = 1, Closed = 2, Cancelled = 3 }

/// <summary>
/// A live session (a team meeting today; a case consultation, board session or training session later), whatever
/// hosts it: who runs it, who takes part, which step of its script is on and how that step's clock stands. The host
/// keeps its own content and pages and points at its session; the session knows its host only as an <see cref="Origin"/>.
/// </summary>
public sealed class LiveSession : IOrganisationOwned, IHasCreatedAt
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }

    /// <summary>The kind of host (<see cref="Origin.Kind"/>); it names the <see cref="ISessionKind"/> that maps the host's content to a script.</summary>
    public required string OriginKind { get; set; }
    public Guid OriginId { get; set; }
    public Origin Origin => new(OriginKind, OriginId);

    /// <summary>Which script the session runs, as its kind reads it (for a meeting: the stored module version). The same value always names the same script.</summary>
    public required string ScriptRef { get; set; }

    public Guid FacilitatorId { get; set; }

    /// <summary>The code phones type or scan to join (<see cref="JoinCodes"/>), unique across organisations; sessions planned before codes came to every kind have none.</summary>
    public string? JoinCode { get; set; }
    public SessionStatus Status { get; set; }
    public int StepIndex { get; set; }
    public StepClock Clock { get; set; } = new();
    public int? SubTimerIndex { get; set; }
    public DateTime? SubTimerStartedAt { get; set; }
    public DateTime? StartedAt { get; set; }
    public DateTime? ClosedAt { get; set; }

    /// <summary>Steps the facilitator added while it ran (such as the evaluation board), by key, after the script's own steps.</summary>
    public List<string> AddedSteps { get; set; } = [];

    /// <summary>Steps (by index) the facilitator switched to anonymous in the console; a module can make a step anonymous too.</summary>
    public List<int> AnonymousSteps { get; set; } = [];

    /// <summary>Raised on every change of the live state; two consoles cannot overwrite each other unseen.</summary>
    public int Revision { get; set; }
    public DateTime CreatedAt { get; set; }

    public List<SessionParticipant> Participants { get; set; } = [];

    /// <summary>A new host's session: its facilitator, the people taking part as members, and its join code (<see cref="JoinCodes.NewAsync"/>).</summary>
    public static LiveSession For(Origin host, string scriptRef, Guid facilitatorId, IEnumerable<Guid> members, string joinCode) => new()
    {
        OriginKind = host.Kind, OriginId = host.Id, ScriptRef = scriptRef, FacilitatorId = facilitatorId, JoinCode = joinCode,
        Participants = members.Distinct().Select(p => new SessionParticipant { PersonId = p, Role = SessionRole.Member }).ToList(),
    };
}

/// <summary>
/// The clock of the current step as stored: running since <see cref="StartedAt"/> (null when paused), plus seconds
/// already run before a pause, plus seconds added with "extend". <see cref="Countdown"/> turns it into what screens show.
/// </summary>
public sealed class StepClock
{
    public DateTime? StartedAt { get; set; }
    public int ElapsedSeconds { get; set; }
    public int ExtraSeconds { get; set; }

    public static StepClock StartingAt(DateTime now) => new() { StartedAt = now };

    /// <summary>Stops the clock, keeping the seconds it ran.</summary>
    public void Pause(DateTime now)
    {
        if (StartedAt is { } started) ElapsedSeconds += (int)Math.Max(0, (now - started).TotalSeconds);
        StartedAt = null;
    }
}

/// <summary>The part someone plays in a session; every role sees the board, the roles differ in what a kind asks of them.</summary>
public enum SessionRole { Member = 0, Observer = 1, ClientActor = 2, ConversationLeader = 3 }

/// <summary>Someone taking part in a session (for a meeting: an invitee), and whether they are in the room.</summary>
public sealed class SessionParticipant : IOrganisationOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid SessionId { get; set; }
    public Guid PersonId { get; set; }
    public Person? Person { get; set; }
    public SessionRole Role { get; set; }

    /// <summary>Attendance as taken in the console (or by joining from a phone); the facilitator can correct it.</summary>
    public bool Present { get; set; }
    public DateTime? JoinedAt { get; set; }

    /// <summary>When they confirmed on their own phone, after the close, that they were there: the register's evidence.</summary>
    public DateTime? ConfirmedAt { get; set; }
}

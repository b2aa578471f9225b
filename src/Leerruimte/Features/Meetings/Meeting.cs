using Leerruimte.Data;
using Leerruimte.Features.People;
using Leerruimte.Features.Sessions;
using Leerruimte.Features.Teams;
using Leerruimte.Tenancy;

namespace Leerruimte.Features.Meetings;

public enum MeetingStatus { Planned = 0, Running = 1, Closed = 2, Cancelled = 3 }

/// <summary>
/// A team meeting (teambijeenkomst) on one exact version of a module: the first host of a live session
/// (Features/Sessions), which runs its agenda. Its invitees are the session's participants; its status follows the
/// session's (the meeting's session kind sets it when the session starts and closes) and adds "cancelled".
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
    public int CalendarSequence { get; set; }

    /// <summary>What an hour here counts as for the professional register: none (Other) unless the planner chose one.</summary>
    public Leerruimte.Features.LearningLog.ActivityKind RegisterCategory { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>The live session that runs it (console, beamer, phones, board); created with the meeting.</summary>
    public Guid SessionId { get; set; }
    public LiveSession? Session { get; set; }

    public DateTime EndsAt => StartsAt.AddMinutes(DurationMinutes);
}

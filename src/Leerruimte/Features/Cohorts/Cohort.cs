using Leerruimte.Data;
using Leerruimte.Features.People;
using Leerruimte.Features.Sessions;
using Leerruimte.Tenancy;

namespace Leerruimte.Features.Cohorts;

/// <summary>
/// A group taking a training programme together (trainingsgroep): its trainer, the coordinator who commissioned it,
/// participants from any of the organisation's teams, and one session per module of the stored programme version.
/// </summary>
public sealed class Cohort : IOrganisationOwned, IHasCreatedAt
{
    public const int MaxParticipants = 30;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public required string Title { get; set; }

    /// <summary>The training-programme pack version it follows; a later version does not change a running training.</summary>
    public Guid ProgrammeVersionId { get; set; }
    public required string ProgrammeId { get; set; }

    public Guid TrainerId { get; set; }
    public Person? Trainer { get; set; }

    /// <summary>The team leader or coordinator who planned it for the trainer, if it was not the trainer.</summary>
    public Guid? CommissionedById { get; set; }

    /// <summary>Whether a conversation leader sees which observer wrote what; off unless the cohort is set so.</summary>
    public bool NamesObservers { get; set; }
    public DateTime CreatedAt { get; set; }

    public List<CohortParticipant> Participants { get; set; } = [];
    public List<CohortSession> Sessions { get; set; } = [];
}

public sealed class CohortParticipant : IOrganisationOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid CohortId { get; set; }
    public Guid PersonId { get; set; }
    public Person? Person { get; set; }
}

/// <summary>
/// One module of a cohort's programme on a date and at a place (trainingsbijeenkomst). It runs on the live-session
/// kernel: its script is the module's timed script; the trainer takes attendance in the console.
/// </summary>
public sealed class CohortSession : IOrganisationOwned
{
    public const string Kind = "training-session";

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid CohortId { get; set; }
    public Cohort? Cohort { get; set; }
    public int Module { get; set; }
    public DateTime StartsAt { get; set; }
    public int DurationMinutes { get; set; }
    public const int MaxPlace = 200;
    public string? Place { get; set; }

    /// <summary>Rises with every change, so calendars replace the invitation.</summary>
    public int CalendarSequence { get; set; }

    public Guid SessionId { get; set; }
    public LiveSession? Session { get; set; }

    public Origin Origin => new(Kind, Id);
    public DateTime EndsAt => StartsAt.AddMinutes(DurationMinutes);
}

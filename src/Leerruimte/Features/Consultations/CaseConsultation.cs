using Leerruimte.Data;
using Leerruimte.Features.LearningLog;
using Leerruimte.Features.Sessions;
using Leerruimte.Tenancy;

namespace Leerruimte.Features.Consultations;

public enum ConsultationStatus { Planned = 0, Running = 1, Closed = 2, Cancelled = 3 }

/// <summary>
/// A case consultation (casusoverleg): a team consults on a case from its library by a method (a work form with
/// steps), with one member chairing and one bringing in the case. It runs on the live-session kernel; its outcome is
/// team actions, and the hours count as reflection in the register category chosen when it was planned. The case
/// itself is only pointed at: deleting it leaves the consultation, its actions and hours.
/// </summary>
public sealed class CaseConsultation : IOrganisationOwned, IHasCreatedAt
{
    public const string Kind = "consultation";

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid TeamId { get; set; }
    public Guid? CaseId { get; set; }

    /// <summary>Whether a case was chosen when it was planned: with no <see cref="CaseId"/> left, that case was deleted.</summary>
    public bool CaseChosen { get; set; }

    /// <summary>The work-forms pack version and the method in it; later versions of the pack do not change it.</summary>
    public Guid MethodPackVersionId { get; set; }
    public required string MethodId { get; set; }
    public required string MethodTitle { get; set; }

    public DateTime StartsAt { get; set; }
    public int DurationMinutes { get; set; }
    public string? Place { get; set; }
    public Guid ChairId { get; set; }
    public Guid? CaseBringerId { get; set; }

    /// <summary>What an hour here counts as for the professional register; none for a kind that is no reflection.</summary>
    public ActivityKind RegisterCategory { get; set; }
    public ConsultationStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>The series it was planned in, if the team planned it in its rhythm.</summary>
    public Guid? SeriesId { get; set; }

    /// <summary>The start the series gave it, which calendars know it by (RECURRENCE-ID) after it was moved.</summary>
    public DateTime? SeriesStartsAt { get; set; }

    /// <summary>Rises with every change of a consultation on its own, so calendars replace the invitation.</summary>
    public int CalendarSequence { get; set; }

    public Guid SessionId { get; set; }
    public LiveSession? Session { get; set; }

    public Origin Origin => new(Kind, Id);
}

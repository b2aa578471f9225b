using Leerruimte.Data;
using Leerruimte.Tenancy;

namespace Leerruimte.Features.Consultations;

/// <summary>How often a team consults as a fixed agenda item: once, every week or every two weeks.</summary>
public enum ConsultationRhythm { Once = 0, Weekly = 1, Fortnightly = 2 }

/// <summary>
/// Consultations planned together in the team's rhythm: each one is a consultation of its own (its case is chosen
/// nearer the day), and the invitation is one calendar series, so a week's consultation is in everyone's calendar.
/// </summary>
public sealed class ConsultationSeries : IOrganisationOwned, IHasCreatedAt
{
    public const int MinCount = 2, MaxCount = 12;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid TeamId { get; set; }
    public ConsultationRhythm Rhythm { get; set; }
    public int Count { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>Rises with every change to one of the series, so calendars replace that one instead of adding it.</summary>
    public int CalendarSequence { get; set; }

    public int Weeks => Rhythm == ConsultationRhythm.Fortnightly ? 2 : 1;
}

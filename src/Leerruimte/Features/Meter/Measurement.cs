using Leerruimte.Data;
using Leerruimte.Features.People;
using Leerruimte.Tenancy;

namespace Leerruimte.Features.Meter;

public enum MeasurementKind { Free = 0, Pre = 1, Post = 2 }

/// <summary>
/// One filling-in of an instrument by its owner. Scores are saved as the person goes, so it can be
/// finished later; it is private unless the owner shares it.
/// </summary>
public sealed class Measurement : IOrganisationOwned, IHasCreatedAt
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid PersonId { get; set; }
    public Person? Person { get; set; }
    public Guid InstrumentVersionId { get; set; }
    public required string InstrumentId { get; set; }
    public int InstrumentVersion { get; set; }
    public required string Title { get; set; }
    public MeasurementKind Kind { get; set; }

    /// <summary>The training cohort it was filled in for: it counts, unnamed, in that cohort's before and after.</summary>
    public Guid? CohortId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? CompletedAt { get; set; }
    public List<MeasurementScore> Scores { get; set; } = [];
}

public sealed class MeasurementScore : IOrganisationOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid MeasurementId { get; set; }
    public required string StatementId { get; set; }
    public int Value { get; set; }
}

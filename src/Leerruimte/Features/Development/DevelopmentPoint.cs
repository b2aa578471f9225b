using Leerruimte.Data;
using Leerruimte.Tenancy;

namespace Leerruimte.Features.Development;

public enum PointStatus { Open = 0, Working = 1, Done = 2, Dropped = 3 }

/// <summary>How someone works on a point; several may apply.</summary>
[Flags]
public enum LearningRoute
{
    None = 0,
    Practice = 1,
    Intervision = 2,
    ReflectionReport = 4,
    OrganisationAction = 8,
    Course = 16,
}

/// <summary>
/// A development point (ontwikkelpunt) in someone's development plan: what they want to be able to do,
/// how and with whom, the first step and when. Private to the owner unless shared; its history is kept.
/// </summary>
public sealed class DevelopmentPoint : IOrganisationOwned, IHasCreatedAt
{
    public const int MaxTextLength = 2000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid PersonId { get; set; }
    public required string Title { get; set; }
    public string? Goal { get; set; }
    public string? Motivation { get; set; }
    public LearningRoute Routes { get; set; }
    public string? Needs { get; set; }
    public string? FirstStep { get; set; }
    public DateOnly? TargetDate { get; set; }
    public PointStatus Status { get; set; }

    /// <summary>The meter statement this point grew from, if any (a strength to build on or a challenge).</summary>
    public string? StatementId { get; set; }
    public string? StatementText { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public List<DevelopmentPointEvent> History { get; set; } = [];
}

/// <summary>A change in a point's status, with an optional note: the history the owner looks back on.</summary>
public sealed class DevelopmentPointEvent : IOrganisationOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid PointId { get; set; }
    public DateTime At { get; set; }
    public PointStatus Status { get; set; }
    public string? Note { get; set; }
}

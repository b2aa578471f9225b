using Leerruimte.Data;
using Leerruimte.Tenancy;

namespace Leerruimte.Features.LearningLog;

/// <summary>A reflection in STAR form (situation, task, action, result), linked to what it is about.</summary>
public sealed class Reflection : IOrganisationOwned, IHasCreatedAt
{
    public const int MaxTextLength = 4000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid PersonId { get; set; }
    public DateOnly Date { get; set; }
    public required string Situation { get; set; }
    public string? Task { get; set; }
    public string? Action { get; set; }
    public string? Result { get; set; }
    public string? Lessons { get; set; }
    public Guid? DevelopmentPointId { get; set; }
    public Guid? ActionId { get; set; }
    public Guid? MeetingId { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>The 70-20-10 categories: learning on the job, from others, and in formal settings.</summary>
public enum LearningCategory { Practice = 70, Social = 20, Formal = 10 }

/// <summary>What kind of activity; the reflection kinds count towards the hours a professional register asks for.</summary>
public enum ActivityKind
{
    Other = 0,
    Intervision = 1,
    CaseConsultation = 2,
    CollegialConsultation = 3,
    Supervision = 4,
    Training = 5,
    Reading = 6,
    Practice = 7,
    WorkCoaching = 8,
    WorkGuidance = 9,
}

/// <summary>A learning activity with its date and duration, and optionally a file that proves it.</summary>
public sealed class LearningActivity : IOrganisationOwned, IHasCreatedAt
{
    public const int MaxTextLength = 2000;

    public static readonly IReadOnlySet<ActivityKind> ReflectionKinds = RegisterKinds.All.ToHashSet();

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid PersonId { get; set; }
    public DateOnly Date { get; set; }
    public required string Title { get; set; }
    public LearningCategory Category { get; set; }
    public ActivityKind Kind { get; set; }
    public int Minutes { get; set; }

    /// <summary>Dutch local time the activity began, if known; a confirmed session sets it, an own entry may.</summary>
    public TimeOnly? StartTime { get; set; }

    /// <summary>When the attendee confirmed on their phone that they were at the session this entry comes from.</summary>
    public DateTime? ConfirmedAt { get; set; }

    public string? Notes { get; set; }
    public Guid? DevelopmentPointId { get; set; }
    public string? EvidenceFileName { get; set; }
    public string? EvidenceContentType { get; set; }
    public long? EvidenceSize { get; set; }
    public string? EvidenceKey { get; set; }
    public DateTime CreatedAt { get; set; }

    public bool IsReflection => ReflectionKinds.Contains(Kind);

    public TimeOnly? EndTime => StartTime?.AddMinutes(Minutes);
}

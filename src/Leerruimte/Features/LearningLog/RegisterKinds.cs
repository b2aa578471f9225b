namespace Leerruimte.Features.LearningLog;

/// <summary>
/// The categories of reflection a professional register (Registerplein) counts, as one list: learning-log entries,
/// sessions (meetings, consultations, board and agenda sessions) and work forms all name their kind from it.
/// </summary>
public static class RegisterKinds
{
    /// <summary>In the order a planner sees them; case consultation first, as the consultation planner's default.</summary>
    public static readonly IReadOnlyList<ActivityKind> All =
    [
        ActivityKind.CaseConsultation, ActivityKind.Intervision, ActivityKind.CollegialConsultation,
        ActivityKind.Supervision, ActivityKind.WorkCoaching, ActivityKind.WorkGuidance,
    ];

    /// <summary>The names a content pack's work form may give (<c>registerCategory</c>).</summary>
    public static readonly IReadOnlyDictionary<string, ActivityKind> BySlug = new Dictionary<string, ActivityKind>(StringComparer.Ordinal)
    {
        ["intervisie"] = ActivityKind.Intervision,
        ["casuistiekbespreking"] = ActivityKind.CaseConsultation,
        ["intercollegiale-consultatie"] = ActivityKind.CollegialConsultation,
        ["supervisie"] = ActivityKind.Supervision,
        ["werkgerichte-coaching"] = ActivityKind.WorkCoaching,
        ["werkbegeleiding"] = ActivityKind.WorkGuidance,
    };
}

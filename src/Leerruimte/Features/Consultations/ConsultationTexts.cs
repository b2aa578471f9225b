using Leerruimte.Features.LearningLog;
using Leerruimte.Resources;

namespace Leerruimte.Features.Consultations;

public static class ConsultationTexts
{
    public static string Status(ConsultationStatus status) => status switch
    {
        ConsultationStatus.Running => Ui.MeetingStatus_Running,
        ConsultationStatus.Closed => Ui.MeetingStatus_Closed,
        _ => Ui.MeetingStatus_Planned,
    };

    /// <summary>What the hours count as, in the register's words; "geen reflectie" for Other.</summary>
    public static string Category(ActivityKind kind) => kind == ActivityKind.Other ? Ui.Consultation_NoReflection : LogTexts.Kind(kind);

    /// <summary>What the hours count as on the phone's confirmation; null for a session that is no reflection.</summary>
    public static string? CountsAs(ActivityKind kind) => LearningActivity.ReflectionKinds.Contains(kind) ? LogTexts.Kind(kind) : null;
}

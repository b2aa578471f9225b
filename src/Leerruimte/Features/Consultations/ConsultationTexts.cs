using Leerruimte.Resources;

namespace Leerruimte.Features.Consultations;

public static class ConsultationTexts
{
    public static string Status(ConsultationStatus status) => status switch
    {
        ConsultationStatus.Running => Ui.MeetingStatus_Running,
        ConsultationStatus.Closed => Ui.MeetingStatus_Closed,
        ConsultationStatus.Cancelled => Ui.MeetingStatus_Cancelled,
        _ => Ui.MeetingStatus_Planned,
    };
}

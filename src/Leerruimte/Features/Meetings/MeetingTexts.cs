using Leerruimte.Resources;

namespace Leerruimte.Features.Meetings;

public static class MeetingTexts
{
    public static string Status(MeetingStatus status) => status switch
    {
        MeetingStatus.Running => Ui.MeetingStatus_Running,
        MeetingStatus.Closed => Ui.MeetingStatus_Closed,
        MeetingStatus.Cancelled => Ui.MeetingStatus_Cancelled,
        _ => Ui.MeetingStatus_Planned,
    };
}

using Leerruimte.Resources;

namespace Leerruimte.Features.BoardSessions;

public static class BoardSessionTexts
{
    public static string Status(BoardSessionStatus status) => status switch
    {
        BoardSessionStatus.Running => Ui.MeetingStatus_Running,
        BoardSessionStatus.Closed => Ui.MeetingStatus_Closed,
        _ => Ui.MeetingStatus_Planned,
    };
}

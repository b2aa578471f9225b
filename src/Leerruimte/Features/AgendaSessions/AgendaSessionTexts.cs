using Leerruimte.Resources;

namespace Leerruimte.Features.AgendaSessions;

public static class AgendaSessionTexts
{
    public static string Status(AgendaSessionStatus status) => status switch
    {
        AgendaSessionStatus.Running => Ui.MeetingStatus_Running,
        AgendaSessionStatus.Closed => Ui.MeetingStatus_Closed,
        _ => Ui.MeetingStatus_Planned,
    };
}

using Leerruimte.Resources;

namespace Leerruimte.Features.Sessions;

public static class SessionTexts
{
    public static string Status(SessionStatus status) => status switch
    {
        SessionStatus.Running => Ui.MeetingStatus_Running,
        SessionStatus.Closed => Ui.MeetingStatus_Closed,
        SessionStatus.Cancelled => Ui.MeetingStatus_Cancelled,
        _ => Ui.MeetingStatus_Planned,
    };

    /// <summary>"12:34" or "-0:45" for a countdown in seconds.</summary>
    public static string Clock(int seconds)
    {
        var sign = seconds < 0 ? "-" : "";
        seconds = Math.Abs(seconds);
        return $"{sign}{seconds / 60}:{seconds % 60:00}";
    }
}

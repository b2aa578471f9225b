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

    /// <summary>"12:34" or "-0:45" for a countdown in seconds.</summary>
    public static string Clock(int seconds)
    {
        var sign = seconds < 0 ? "-" : "";
        seconds = Math.Abs(seconds);
        return $"{sign}{seconds / 60}:{seconds % 60:00}";
    }
}

using Leerruimte.Resources;

namespace Leerruimte.Features.TeamActions;

public static class TeamActionTexts
{
    public static string Status(TeamActionStatus status) => status switch
    {
        TeamActionStatus.Done => Ui.TeamAction_Done,
        TeamActionStatus.Dropped => Ui.TeamAction_Dropped,
        _ => Ui.TeamAction_Open,
    };

    /// <summary>"Open · Priya · uiterlijk 14 december 2026".</summary>
    public static string Line(TeamActionView a) => string.Join(" · ", new[]
    {
        Status(a.Status), a.Owner ?? Ui.TeamAction_NoOwner, a.DueDate is { } d ? string.Format(Ui.TeamAction_By, d.ToString("d MMMM yyyy", System.Globalization.CultureInfo.CurrentCulture)) : null,
    }.OfType<string>());

    /// <summary>"Open · Priya · uiterlijk 14 december 2026 · al 3 keer open".</summary>
    public static string LineWithStuck(TeamActionView a) => a.Stuck ? $"{Line(a)} · {string.Format(Ui.TeamAction_Stuck, a.SessionsOpen)}" : Line(a);

    public static string Origin(string kind) => kind switch
    {
        Consultations.CaseConsultation.Kind => Ui.TeamAction_FromConsultation,
        BoardSessions.BoardSession.Kind => Ui.TeamAction_FromBoardSession,
        Sessions.Origin.MeetingKind => Ui.TeamAction_FromMeeting,
        AgendaSessions.AgendaSession.Kind => Ui.TeamAction_FromTeamSession,
        _ => Ui.TeamAction_FromSession,
    };

    public static string OriginLink(TeamActionView a) => a.OriginKind switch
    {
        Consultations.CaseConsultation.Kind => Consultations.ConsultationLinks.Page(a.OriginId),
        BoardSessions.BoardSession.Kind => BoardSessions.BoardSessionLinks.Page(a.OriginId),
        AgendaSessions.AgendaSession.Kind => AgendaSessions.AgendaSessionLinks.Page(a.OriginId),
        _ => $"/bijeenkomsten/{a.OriginId}",
    };
}

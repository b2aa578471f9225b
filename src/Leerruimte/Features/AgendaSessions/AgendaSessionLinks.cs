namespace Leerruimte.Features.AgendaSessions;

public static class AgendaSessionLinks
{
    public static string OfTeam(Guid teamId) => Teams.TeamLinks.AgendaSessions(teamId);

    public static string New(Guid teamId) => $"/teams/{teamId}/teamsessies/nieuw";

    public static string Page(Guid id) => $"/teamsessies/{id}";

    public static string Console(Guid id) => $"/teamsessies/{id}/console";

    public static string Beamer(Guid id) => $"/teamsessies/{id}/beamer";

    public static string Phone(Guid id) => $"/teamsessies/{id}/meedoen";
}

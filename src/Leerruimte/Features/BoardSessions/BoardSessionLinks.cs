namespace Leerruimte.Features.BoardSessions;

public static class BoardSessionLinks
{
    public static string OfTeam(Guid teamId) => $"/teams/{teamId}/bordsessies";

    public static string Page(Guid id) => $"/bordsessies/{id}";

    public static string Console(Guid id) => $"/bordsessies/{id}/console";

    public static string Beamer(Guid id) => $"/bordsessies/{id}/beamer";

    public static string Phone(Guid id) => $"/bordsessies/{id}/meedoen";
}

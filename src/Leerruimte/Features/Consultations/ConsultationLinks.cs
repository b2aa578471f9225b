namespace Leerruimte.Features.Consultations;

public static class ConsultationLinks
{
    public static string Page(Guid id) => $"/casusoverleg/{id}";

    public static string Console(Guid id) => $"/casusoverleg/{id}/console";

    public static string Beamer(Guid id) => $"/casusoverleg/{id}/beamer";

    public static string Phone(Guid id) => $"/casusoverleg/{id}/meedoen";

    public static string OfTeam(Guid teamId) => $"/teams/{teamId}/casusoverleg";

    public static string Plan(Guid teamId) => $"/teams/{teamId}/casusoverleg/nieuw";
}

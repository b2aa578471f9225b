namespace Leerruimte.Features.Cohorts;

public static class CohortLinks
{
    public const string List = "/trainingen/groepen";
    public const string New = "/trainingen/groepen/nieuw";
    public static string Page(Guid cohortId) => $"/trainingen/groepen/{cohortId}";
    public static string Session(Guid sessionId) => $"/trainingen/bijeenkomsten/{sessionId}";
    public static string Console(Guid sessionId) => $"/trainingen/bijeenkomsten/{sessionId}/console";
    public static string Beamer(Guid sessionId) => $"/trainingen/bijeenkomsten/{sessionId}/beamer";
    public static string Phone(Guid sessionId) => $"/trainingen/bijeenkomsten/{sessionId}/meedoen";
}

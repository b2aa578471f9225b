namespace Leerruimte.Features.Teams;

/// <summary>The addresses of what a team keeps for itself.</summary>
public static class TeamLinks
{
    public static string Home(Guid teamId) => $"/teams/{teamId}";

    public static string Cases(Guid teamId) => $"/teams/{teamId}/casuistiek";

    public static string Case(Guid teamId, Guid caseId) => $"/teams/{teamId}/casuistiek/{caseId}";

    public static string AgendaSessions(Guid teamId) => $"/teams/{teamId}/teamsessies";
}

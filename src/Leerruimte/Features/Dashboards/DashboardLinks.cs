namespace Leerruimte.Features.Dashboards;

public static class DashboardLinks
{
    public const string Organisation = "/dashboard";

    public static string Team(Guid teamId) => $"/teams/{teamId}/dashboard";
}

namespace Leerruimte.Features.Dashboards;

public static class DashboardLinks
{
    public const string Organisation = "/dashboard";

    public static string Team(Guid teamId) => $"/teams/{teamId}/dashboard";

    /// <summary>The dashboard at <paramref name="page"/> (one of the above) for a year and a module, as its filters write it.</summary>
    public static string View(string page, int year, string? module) =>
        $"{page}?jaar={year}" + (module is null ? "" : $"&module={Uri.EscapeDataString(module)}");

    public static string Print(string page, int year, string? module) => View(page + "/afdrukken", year, module);

    public static string Export(string page, string table, string format, int year, string? module) =>
        View($"{page}/export/{Uri.EscapeDataString(table)}", year, module) + $"&formaat={format}";
}

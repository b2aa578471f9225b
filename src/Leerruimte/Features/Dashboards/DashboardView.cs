using Leerruimte.Data;
using Leerruimte.Resources;

namespace Leerruimte.Features.Dashboards;

/// <summary>A dashboard for the filters asked in the address: a year not on offer or a module that did not occur falls back, with a notice.</summary>
public sealed record DashboardView(Dashboard Dashboard, string? Module, IReadOnlyList<string> Notices)
{
    public static async Task<DashboardView> ForAsync(LeerruimteDb db, TimeProvider clock, IReadOnlyCollection<Guid> teams, bool withTotal,
        int? askedYear, string? askedModule, CancellationToken ct = default)
    {
        var offered = ReadDashboard.YearsOffered(clock);
        var notices = new List<string>();
        var year = offered.FirstOrDefault(y => y.Year == askedYear, offered[0]);
        if (askedYear is not null && year.Year != askedYear) notices.Add(string.Format(Ui.Dashboard_UnknownYear, year.Year));
        var dashboard = await ReadDashboard.ForAsync(db, clock, teams, withTotal, year, ct);
        var module = string.IsNullOrEmpty(askedModule) ? null : dashboard.Modules.FirstOrDefault(m => m.Id == askedModule)?.Id;
        if (!string.IsNullOrEmpty(askedModule) && module is null) notices.Add(string.Format(Ui.Dashboard_UnknownModule, year.Year));
        return new DashboardView(dashboard, module, notices);
    }
}

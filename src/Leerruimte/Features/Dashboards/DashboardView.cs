using Leerruimte.Authorization;
using Leerruimte.Data;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

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

/// <summary>What a dashboard page (and its print view and files) loads: null when the person may not see it.</summary>
public static class DashboardPages
{
    public sealed record TeamPage(DashboardAccess.TeamChoice Team, DashboardView View);

    public sealed record OrganisationPage(string Organisation, List<DashboardAccess.TeamChoice> Teams, DashboardView View);

    public static async Task<TeamPage?> TeamAsync(LeerruimteDb db, CurrentUser user, TimeProvider clock, Guid teamId, int? year, string? module, CancellationToken ct = default)
    {
        if ((await DashboardAccess.TeamsAsync(db, user, ct)).FirstOrDefault(t => t.Id == teamId) is not { } team) return null;
        return new(team, await DashboardView.ForAsync(db, clock, [teamId], withTotal: false, year, module, ct));
    }

    /// <summary>An admin's whole organisation with its total, or a leader's own teams without one.</summary>
    public static async Task<OrganisationPage?> OrganisationAsync(LeerruimteDb db, CurrentUser user, TimeProvider clock, int? year, string? module, CancellationToken ct = default)
    {
        var teams = await DashboardAccess.TeamsAsync(db, user, ct);
        if (teams.Count == 0) return null;
        var name = await db.Organisations.Select(o => o.Name).FirstAsync(ct);
        return new(name, teams, await DashboardView.ForAsync(db, clock, teams.Select(t => t.Id).ToList(), user.IsAdmin, year, module, ct));
    }
}

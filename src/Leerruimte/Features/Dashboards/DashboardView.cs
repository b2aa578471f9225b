using Leerruimte.Authorization;
using Leerruimte.Data;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Dashboards;

/// <summary>A dashboard for the filters asked in the address: a year not on offer or a module that did not occur falls back, with a notice.</summary>
public sealed record DashboardView(Dashboard Dashboard, IReadOnlyList<string> Notices)
{
    public string? Module => Dashboard.Module;

    public static async Task<DashboardView> ForAsync(LeerruimteDb db, ContentCatalogue catalogue, TimeProvider clock, IReadOnlyCollection<Guid> teams,
        bool withTotal, int? askedYear, string? askedModule, CancellationToken ct = default)
    {
        var offered = ReadDashboard.YearsOffered(clock);
        var notices = new List<string>();
        var year = offered.FirstOrDefault(y => y.Year == askedYear, offered[0]);
        if (askedYear is not null && year.Year != askedYear) notices.Add(string.Format(Ui.Dashboard_UnknownYear, year.Year));
        var module = string.IsNullOrEmpty(askedModule) ? null : askedModule;
        var dashboard = await ReadDashboard.ForAsync(db, catalogue, clock, teams, withTotal, year, module, ct);
        if (module is not null && dashboard.Module is null) notices.Add(string.Format(Ui.Dashboard_UnknownModule, year.Year));
        return new DashboardView(dashboard, notices);
    }
}

/// <summary>What a dashboard page (and its print view and files) loads: null when the person may not see it.</summary>
public static class DashboardPages
{
    public sealed record TeamPage(DashboardAccess.TeamChoice Team, DashboardView View);

    public sealed record OrganisationPage(string Organisation, List<DashboardAccess.TeamChoice> Teams, DashboardView View);

    public static async Task<TeamPage?> TeamAsync(LeerruimteDb db, ContentCatalogue catalogue, CurrentUser user, TimeProvider clock, Guid teamId,
        int? year, string? module, CancellationToken ct = default)
    {
        if ((await DashboardAccess.TeamsAsync(db, user, ct)).FirstOrDefault(t => t.Id == teamId) is not { } team) return null;
        return new(team, await DashboardView.ForAsync(db, catalogue, clock, [teamId], withTotal: false, year, module, ct));
    }

    /// <summary>An admin's whole organisation with its total, or a leader's own teams without one.</summary>
    public static async Task<OrganisationPage?> OrganisationAsync(LeerruimteDb db, ContentCatalogue catalogue, CurrentUser user, TimeProvider clock,
        int? year, string? module, CancellationToken ct = default)
    {
        var teams = await DashboardAccess.TeamsAsync(db, user, ct);
        if (teams.Count == 0) return null;
        var name = await db.Organisations.Select(o => o.Name).FirstAsync(ct);
        return new(name, teams, await DashboardView.ForAsync(db, catalogue, clock, teams.Select(t => t.Id).ToList(), user.IsAdmin, year, module, ct));
    }
}

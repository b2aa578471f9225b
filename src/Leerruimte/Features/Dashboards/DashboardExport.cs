using Leerruimte.Authorization;
using Leerruimte.Data;
using Leerruimte.Features.ContentPacks;

namespace Leerruimte.Features.Dashboards;

/// <summary>
/// Each dashboard table as CSV or XLSX, for whoever may see that dashboard, with the same filters as the page
/// (<c>?jaar=&amp;module=</c>). A table or format that does not exist is a 404 or the Dutch "Dit verzoek klopt niet".
/// </summary>
public static class DashboardExport
{
    public static IEndpointRouteBuilder MapDashboardExports(this IEndpointRouteBuilder app)
    {
        app.MapGet(DashboardLinks.Organisation + "/export/{table}", async (string table, string? formaat, int? jaar, string? module,
            LeerruimteDb db, ContentCatalogue catalogue, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        {
            if (await DashboardPages.OrganisationAsync(db, catalogue, user, clock, jaar, module, ct) is not { } page) return Results.NotFound();
            return File(DashboardTables.OfOrganisation(page.View.Dashboard, page.Teams, user.IsAdmin), table, formaat, page.View);
        }).RequireAuthorization();

        app.MapGet("/teams/{teamId:guid}/dashboard/export/{table}", async (Guid teamId, string table, string? formaat, int? jaar, string? module,
            LeerruimteDb db, ContentCatalogue catalogue, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        {
            if (await DashboardPages.TeamAsync(db, catalogue, user, clock, teamId, jaar, module, ct) is not { } page) return Results.NotFound();
            return File(DashboardTables.OfTeam(page.View.Dashboard, teamId), table, formaat, page.View);
        }).RequireAuthorization();
        return app;
    }

    private static IResult File(IReadOnlyList<FigureTable> tables, string id, string? format, DashboardView view)
    {
        if (tables.FirstOrDefault(t => t.Id == id) is not { } table) return Results.NotFound();
        var name = $"dashboard-{view.Dashboard.Year.Year}{(view.Module is { } m ? "-" + m : "")}-{table.Id}";
        return format switch
        {
            "csv" => Results.File(TableFiles.Csv(table), TableFiles.CsvType, name + ".csv"),
            "xlsx" => Results.File(TableFiles.Xlsx(table), TableFiles.XlsxType, name + ".xlsx"),
            _ => Results.BadRequest(),
        };
    }
}

using Leerruimte.Components.Charts;
using Leerruimte.Resources;

namespace Leerruimte.Features.Dashboards;

/// <summary>A row of a dashboard table: its label, a value per column (null: held back or none) and where the label leads (with the same filters).</summary>
public sealed record FigureRow(string Label, IReadOnlyList<double?> Values, string? Link = null);

/// <summary>
/// A table of a dashboard as the page, the print view and the exports show it: the same rows in each, so a file
/// never holds a figure the page holds back.
/// </summary>
public sealed record FigureTable(string Id, string Title, string Caption, string LabelHeader, IReadOnlyList<string> Columns, IReadOnlyList<FigureRow> Rows, FigureRow? Total)
{
    public IEnumerable<FigureRow> AllRows => Total is { } total ? [.. Rows, total] : Rows;

    public static string Show(double? value) => value is { } v ? ChartData.Show(v) : "–";
}

/// <summary>The tables of the team dashboard and of the organisation dashboard, from the cells of one <see cref="Dashboard"/>.</summary>
public static class DashboardTables
{
    public static FigureTable OfSection(Dashboard dashboard, Section section, Guid? team)
    {
        var series = section.Figures.Select(f => DashboardFigures.Series(dashboard, section.Measure, team, f)).ToList();
        var rows = DashboardFigures.QuarterLabels.Select((label, q) => new FigureRow(label, series.Select(s => s.Values[q]).ToList())).ToList();
        var total = DashboardFigures.Total(dashboard, section, team);
        return new(section.Id, section.Title, $"{section.Title}, {dashboard.Year.Year}", Ui.Dashboard_Quarter,
            series.Select(s => s.Unit is "" ? s.Name : $"{s.Name} ({s.Unit})").ToList(), rows, new FigureRow(total.Name, total.Values));
    }

    public static FigureTable PerTeam(Dashboard dashboard, Section section, IReadOnlyList<DashboardAccess.TeamChoice> teams, bool withTotal, string? module)
    {
        var figure = section.Figures[0];
        int?[] quarters = [1, 2, 3, 4, null];
        FigureRow Row(string label, Guid? team, string? link) =>
            new(label, quarters.Select(q => DashboardFigures.Value(dashboard, section.Measure, team, figure, q)).ToList(), link);
        var caption = $"{section.Title}, {dashboard.Year.Year}" + (figure.Unit is "" ? "" : $" ({figure.Unit})");
        return new(section.Id, section.Title, caption, Ui.Dashboard_Team, [.. DashboardFigures.QuarterLabels, Ui.Dashboard_WholeYear],
            teams.Select(t => Row(t.Name, t.Id, DashboardLinks.View(DashboardLinks.Team(t.Id), dashboard.Year.Year, module))).ToList(), withTotal ? Row(Ui.Dashboard_WholeOrganisation, null, null) : null);
    }

    public static IReadOnlyList<FigureTable> OfTeam(Dashboard dashboard, Guid team, string? module) =>
        DashboardFigures.Sections(module).Select(s => OfSection(dashboard, s, team)).ToList();

    /// <summary>The organisation dashboard's tables: one per measure with a row per team, and for the admin the whole organisation's.</summary>
    public static IReadOnlyList<FigureTable> OfOrganisation(Dashboard dashboard, IReadOnlyList<DashboardAccess.TeamChoice> teams, bool withTotal, string? module) =>
    [
        .. DashboardFigures.PerTeam(module).Select(s => PerTeam(dashboard, s, teams, withTotal, module)),
        .. withTotal ? DashboardFigures.Sections(module).Select(s => OfSection(dashboard, s, null)) : [],
    ];
}

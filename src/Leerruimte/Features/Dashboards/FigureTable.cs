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

    /// <summary>No figure to show: no line (a meter no one shares) or no row (no topic from enough people).</summary>
    public bool IsEmpty => Columns.Count == 0 || Rows.Count == 0;

    public static string Show(double? value) => value is { } v ? ChartData.Show(v) : "–";
}

/// <summary>The tables of the team dashboard and of the organisation dashboard, from the cells of one <see cref="Dashboard"/>.</summary>
public static class DashboardTables
{
    /// <summary>The columns of a table per team or per part: each quarter, then the year (null).</summary>
    private static readonly int?[] Quarters = [1, 2, 3, 4, null];

    private static IReadOnlyList<string> YearColumns => [.. DashboardFigures.QuarterLabels, Ui.Dashboard_WholeYear];

    private static string Caption(Dashboard dashboard, string title, string unit = "") =>
        $"{title}, {dashboard.Year.Year}" + (unit is "" ? "" : $" ({unit})");

    public static FigureTable OfSection(Dashboard dashboard, Section section, Guid? team)
    {
        var series = section.Figures.Select(f => DashboardFigures.Series(dashboard, section.Measure, team, f)).ToList();
        var rows = DashboardFigures.QuarterLabels.Select((label, q) => new FigureRow(label, series.Select(s => s.Values[q]).ToList())).ToList();
        var total = DashboardFigures.Total(dashboard, section, team);
        return new(section.Id, section.Title, Caption(dashboard, section.Title), Ui.Dashboard_Quarter,
            series.Select(s => s.Unit is "" ? s.Name : $"{s.Name} ({s.Unit})").ToList(), rows, new FigureRow(total.Name, total.Values));
    }

    public static FigureTable PerTeam(Dashboard dashboard, Section section, IReadOnlyList<DashboardAccess.TeamChoice> teams, bool withTotal)
    {
        var figure = section.Figures[0];
        FigureRow Row(string label, Guid? team, string? link) =>
            new(label, Quarters.Select(q => DashboardFigures.Value(dashboard, section.Measure, team, figure, q)).ToList(), link);
        return new(section.Id, section.Title, Caption(dashboard, section.Title, figure.Unit), Ui.Dashboard_Team, YearColumns,
            teams.Select(t => Row(t.Name, t.Id, DashboardLinks.View(DashboardLinks.Team(t.Id), dashboard.Year.Year, dashboard.Module))).ToList(),
            withTotal ? Row(Ui.Dashboard_WholeOrganisation, null, null) : null);
    }

    /// <summary>A row per part of the measure that has a figure to show, in the order of the part names.</summary>
    public static FigureTable OfParts(Dashboard dashboard, PartSection section, Guid? team)
    {
        var rows = dashboard.PartsOf(section.Measure)
            .Select(p => new FigureRow(p.Title, Quarters.Select(q => dashboard.Find(section.Measure, team, p.Id, q) is { } c ? section.Value(c) : (double?)null).ToList()))
            .Where(r => r.Values.Any(v => v is not null)).ToList();
        return new(section.Id, section.Title, Caption(dashboard, section.Title, section.Unit), section.RowHeader, YearColumns, rows, null);
    }

    public static IReadOnlyList<FigureTable> OfTeam(Dashboard dashboard, Guid team) => Whole(dashboard, team);

    /// <summary>Every chart's table and every part table of one team, or of the whole scope (team null).</summary>
    private static IReadOnlyList<FigureTable> Whole(Dashboard dashboard, Guid? team) =>
    [
        .. DashboardFigures.Charts(dashboard).Select(s => OfSection(dashboard, s, team)),
        .. DashboardFigures.PartSections(dashboard).Select(s => OfParts(dashboard, s, team)),
    ];

    /// <summary>The organisation dashboard's tables: one per measure with a row per team, and for the admin the whole organisation's.</summary>
    public static IReadOnlyList<FigureTable> OfOrganisation(Dashboard dashboard, IReadOnlyList<DashboardAccess.TeamChoice> teams, bool withTotal) =>
    [
        .. DashboardFigures.PerTeam(dashboard.Module).Select(s => PerTeam(dashboard, s, teams, withTotal)),
        .. withTotal ? Whole(dashboard, null) : [],
    ];
}

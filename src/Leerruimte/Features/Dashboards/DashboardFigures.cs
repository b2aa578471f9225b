using Leerruimte.Components.Charts;
using Leerruimte.Features.LearningLog;
using Leerruimte.Resources;

namespace Leerruimte.Features.Dashboards;

/// <summary>A line of a dashboard chart: a name, a unit, which part of the measure (null: all) and the number of a cell.</summary>
public sealed record Figure(string Name, string Unit, string? Part, Func<Cell, double> Value);

/// <summary>One chart of a dashboard, over the quarters of the year with the whole year under them.</summary>
public sealed record Section(string Id, string Title, Measure Measure, IReadOnlyList<Figure> Figures, string? Note = null);

/// <summary>
/// A table with a row per part (a statement, a topic) and a column per quarter and the year: for parts too many or
/// too long to draw as lines. <see cref="Empty"/> says why there are no rows.
/// </summary>
public sealed record PartSection(string Id, string Title, Measure Measure, string RowHeader, string Unit, Func<Cell, double> Value, string Note, string Empty);

public static class DashboardFigures
{
    public static IReadOnlyList<string> QuarterLabels { get; } =
        Enumerable.Range(1, ReportingYear.Quarters).Select(q => string.Format(Ui.Dashboard_QuarterLabel, q)).ToList();

    /// <summary>The four fixed charts of a team (or the organisation's total), for one module or all (<paramref name="module"/> null).</summary>
    private static IReadOnlyList<Section> Sections(string? module) =>
    [
        new("bijeenkomsten", Ui.Dashboard_Meetings, Measure.Meetings,
            [new(Ui.Dashboard_MeetingsHeld, "", module, c => c.Items), new(Ui.Dashboard_People, "", module, c => c.People), new(Ui.Dashboard_Attendances, "", module, c => c.Records)]),
        new("acties", Ui.Dashboard_Actions, Measure.Actions,
            [new(Ui.Dashboard_ActionsBefore, "", module, c => Math.Round(c.AverageA, 1)), new(Ui.Dashboard_ActionsAfter, "", module, c => Math.Round(c.AverageB, 1))],
            Ui.Dashboard_ActionsNote),
        new("leren", Ui.Dashboard_Learning, Measure.Learning,
            [.. Enum.GetValues<LearningCategory>().Select(category => new Figure(LogTexts.Category(category), Ui.Dashboard_Hours, ((int)category).ToString(), Hours)),
             new(Ui.Dashboard_LearningAll, Ui.Dashboard_Hours, null, Hours)],
            Ui.Dashboard_LearningNote),
        new("overleg", Ui.Dashboard_Sessions, Measure.Sessions,
            [new(Ui.Dashboard_Consultations, "", Measures.ConsultationPart, c => c.Items), new(Ui.Dashboard_BoardSessions, "", Measures.BoardSessionPart, c => c.Items),
             new(Ui.Dashboard_People, "", null, c => c.People)],
            Ui.Dashboard_SessionsNote),
    ];

    /// <summary>Every chart of a team or of the organisation's total, in the order the page shows them.</summary>
    public static IEnumerable<Section> Charts(Dashboard dashboard) => Sections(dashboard.Module).Concat(MoreSections(dashboard));

    /// <summary>The measures whose parts depend on the data: the meter's instruments and open work as charts.</summary>
    private static IReadOnlyList<Section> MoreSections(Dashboard dashboard) =>
    [
        new("meter", Ui.Dashboard_Meter, Measure.Meter,
            [.. dashboard.PartsOf(Measure.Meter).Select(i => new Figure(i.Title, "", i.Id, c => Math.Round(c.AverageA, 1)))], Ui.Dashboard_MeterNote),
        new("open", Ui.Dashboard_Open, Measure.Open,
            [new(Ui.Dashboard_AwaitingFollowUp, "", Measures.AwaitingFollowUpPart, c => c.Items), new(Ui.Dashboard_TeamActionsOpen, "", Measures.TeamActionOpenPart, c => c.Items),
             new(Ui.Dashboard_TeamActionsDone, "", Measures.TeamActionDonePart, c => c.Items)], Ui.Dashboard_OpenNote),
    ];

    /// <summary>The feedback form's statements (with a module chosen) and the topics people want to develop in.</summary>
    public static IReadOnlyList<PartSection> PartSections(Dashboard dashboard) =>
    [
        new("terugkoppeling", Ui.Dashboard_Feedback, Measure.Feedback, Ui.Dashboard_Statement, "", c => Math.Round(c.AveragePerItemA, 1),
            Ui.Dashboard_FeedbackNote, dashboard.Module is null ? Ui.Dashboard_FeedbackChooseModule : Ui.Dashboard_NoneShown),
        new("onderwerpen", Ui.Dashboard_Topics, Measure.Topics, Ui.Dashboard_Topic, Ui.Dashboard_PeopleUnit, c => c.People,
            Ui.Dashboard_TopicsNote, Ui.Dashboard_NoneShown),
    ];

    /// <summary>The one figure per team of the organisation's table per measure.</summary>
    public static IReadOnlyList<Section> PerTeam(string? module) =>
    [
        new("bijeenkomsten-per-team", Ui.Dashboard_MeetingsPerTeam, Measure.Meetings, [new(Ui.Dashboard_MeetingsHeld, "", module, c => c.Items)]),
        new("acties-per-team", Ui.Dashboard_ActionsPerTeam, Measure.Actions, [new(Ui.Dashboard_ActionsPerTeam, "", module, c => Math.Round(c.AverageB - c.AverageA, 1))]),
        new("leren-per-team", Ui.Dashboard_LearningPerTeam, Measure.Learning, [new(Ui.Dashboard_LearningPerTeam, Ui.Dashboard_Hours, null, Hours)]),
        new("overleg-per-team", Ui.Dashboard_SessionsPerTeam, Measure.Sessions, [new(Ui.Dashboard_SessionsPerTeam, "", null, c => c.Items)]),
    ];

    public static ChartSeries Series(Dashboard dashboard, Measure measure, Guid? team, Figure figure) =>
        new(figure.Name, figure.Unit, Enumerable.Range(1, ReportingYear.Quarters).Select(q => Value(dashboard, measure, team, figure, q)).ToList());

    public static double? Value(Dashboard dashboard, Measure measure, Guid? team, Figure figure, int? quarter) =>
        dashboard.Find(measure, team, figure.Part, quarter) is { } cell ? figure.Value(cell) : null;

    public static ChartTotal Total(Dashboard dashboard, Section section, Guid? team) =>
        new(Ui.Dashboard_WholeYear, section.Figures.Select(f => Value(dashboard, section.Measure, team, f, null)).ToList());

    private static double Hours(Cell cell) => Math.Round(cell.SumA / 60, 1);
}

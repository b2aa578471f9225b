using Leerruimte.Data;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Forms;
using Leerruimte.Features.Modules;
using Leerruimte.Features.Organisations;
using Leerruimte.Infrastructure;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Dashboards;

/// <summary>
/// The cells of every measure for some teams in one year, what the filters offer, the module chosen (null: all) and
/// the names of the parts that are not fixed (the feedback form's statements, the meter's instruments, the topics).
/// </summary>
public sealed record Dashboard(int K, ReportingYear Year, IReadOnlyList<ReportingYear> Years, IReadOnlyList<Dashboard.ModuleChoice> Modules,
    string? Module, IReadOnlyDictionary<Measure, List<Cell>> Cells, IReadOnlyDictionary<Measure, IReadOnlyList<Dashboard.PartName>> Parts)
{
    public sealed record ModuleChoice(string Id, string Title);

    public sealed record PartName(string Id, string Title);

    /// <summary>The years on offer: this year and the four before it.</summary>
    public const int YearsBack = 4;

    // A page asks for a cell per team, quarter and line: hundreds of teams would make a scan per question quadratic.
    private readonly Dictionary<(Measure, Guid?, string?, int?), Cell> index =
        Cells.SelectMany(m => m.Value.Select(c => KeyValuePair.Create((m.Key, c.TeamId, c.Part, c.Quarter), c))).ToDictionary();

    public Cell? Find(Measure measure, Guid? team, string? part, int? quarter) => index.GetValueOrDefault((measure, team, part, quarter));

    public IReadOnlyList<PartName> PartsOf(Measure measure) => Parts.GetValueOrDefault(measure) ?? [];
}

public static class ReadDashboard
{
    public static IReadOnlyList<ReportingYear> YearsOffered(TimeProvider clock)
    {
        var now = DutchTime.Today(clock).Year;
        return Enumerable.Range(0, Dashboard.YearsBack + 1).Select(i => new ReportingYear(now - i)).ToList();
    }

    /// <summary>
    /// Every measure for these teams in <paramref name="year"/>; <paramref name="withTotal"/> adds the cells across them.
    /// <paramref name="module"/> is kept only when the teams held a meeting on it that year.
    /// </summary>
    public static async Task<Dashboard> ForAsync(LeerruimteDb db, ContentCatalogue catalogue, TimeProvider clock, IReadOnlyCollection<Guid> teamIds,
        bool withTotal, ReportingYear year, string? module, CancellationToken ct = default)
    {
        var k = await MinimumGroup.SizeAsync(db, ct);
        var ids = teamIds.ToList();
        var teams = db.Teams.Where(t => ids.Contains(t.Id)).Select(t => t.Id);
        DateTime start = year.Start, end = year.End;
        var modules = (await db.Meetings.Where(m => ids.Contains(m.TeamId) && m.StartsAt >= start && m.StartsAt < end)
            .GroupBy(m => m.ModuleId).Select(g => new Dashboard.ModuleChoice(g.Key, g.Max(m => m.Title)!)).ToListAsync(ct)).OrderBy(m => m.Title).ToList();
        var chosen = modules.FirstOrDefault(m => m.Id == module)?.Id;
        var cells = new Dictionary<Measure, List<Cell>>();
        foreach (var measure in Enum.GetValues<Measure>())
            cells[measure] = measure == Measure.Feedback && chosen is null ? []
                : await Cells.OfAsync(Measures.Of(db, measure, teams, year, chosen), k, withTotal, ct);
        var parts = new Dictionary<Measure, IReadOnlyList<Dashboard.PartName>>
        {
            [Measure.Feedback] = chosen is null ? [] : await StatementsAsync(catalogue, chosen, ct),
            [Measure.Meter] = await InstrumentsAsync(db, Shown(cells[Measure.Meter]), ct),
            [Measure.Topics] = await TopicsAsync(db, Shown(cells[Measure.Topics]), ct),
        };
        return new Dashboard(k, year, YearsOffered(clock), modules, chosen, cells, parts);
    }

    private static List<string> Shown(List<Cell> cells) => cells.Select(c => c.Part).OfType<string>().Distinct().ToList();

    /// <summary>The scale statements of the module's feedback form, in the form's order.</summary>
    private static async Task<IReadOnlyList<Dashboard.PartName>> StatementsAsync(ContentCatalogue catalogue, string module, CancellationToken ct) =>
        await catalogue.FindAsync<ModulePack>(module, ct: ct) is { } found && found.Pack.Facilitator?.FeedbackForm is { } form
            ? form.Definition.Questions.Where(q => q.Kind == QuestionKind.Scale).Select(q => new Dashboard.PartName(q.Id!, q.Text ?? q.Id!)).ToList()
            : [];

    private static async Task<IReadOnlyList<Dashboard.PartName>> InstrumentsAsync(LeerruimteDb db, List<string> ids, CancellationToken ct) =>
        (await db.Measurements.Where(m => ids.Contains(m.InstrumentId)).GroupBy(m => m.InstrumentId)
            .Select(g => new Dashboard.PartName(g.Key, g.Max(m => m.Title)!)).ToListAsync(ct)).OrderBy(p => p.Title).ToList();

    /// <summary>The meter statements the shown topics are about, by their text; points on a topic of their own under one name.</summary>
    private static async Task<IReadOnlyList<Dashboard.PartName>> TopicsAsync(LeerruimteDb db, List<string> ids, CancellationToken ct)
    {
        var named = await db.DevelopmentPoints.Where(d => d.StatementId != null && ids.Contains(d.StatementId)).GroupBy(d => d.StatementId!)
            .Select(g => new Dashboard.PartName(g.Key, g.Max(d => d.StatementText) ?? g.Key)).ToListAsync(ct);
        if (ids.Contains(Measures.OwnTopicPart)) named.Add(new(Measures.OwnTopicPart, Ui.Dashboard_OwnTopic));
        return named;
    }
}

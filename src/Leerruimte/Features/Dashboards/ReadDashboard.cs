using Leerruimte.Data;
using Leerruimte.Features.Organisations;
using Leerruimte.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Dashboards;

/// <summary>The cells of every measure for some teams in one year, and what the filters offer.</summary>
public sealed record Dashboard(int K, ReportingYear Year, IReadOnlyList<ReportingYear> Years, IReadOnlyList<Dashboard.ModuleChoice> Modules,
    IReadOnlyDictionary<Measure, List<Cell>> Cells)
{
    public sealed record ModuleChoice(string Id, string Title);

    /// <summary>The years on offer: this year and the four before it.</summary>
    public const int YearsBack = 4;

    public Cell? Find(Measure measure, Guid? team, string? part, int? quarter) =>
        Cells[measure].FirstOrDefault(c => c.TeamId == team && c.Part == part && c.Quarter == quarter);
}

public static class ReadDashboard
{
    public static IReadOnlyList<ReportingYear> YearsOffered(TimeProvider clock)
    {
        var now = DutchTime.Today(clock).Year;
        return Enumerable.Range(0, Dashboard.YearsBack + 1).Select(i => new ReportingYear(now - i)).ToList();
    }

    /// <summary>Every measure for these teams in <paramref name="year"/>; <paramref name="withTotal"/> adds the cells across them.</summary>
    public static async Task<Dashboard> ForAsync(LeerruimteDb db, TimeProvider clock, IReadOnlyCollection<Guid> teamIds, bool withTotal, ReportingYear year, CancellationToken ct = default)
    {
        var k = await MinimumGroup.SizeAsync(db, ct);
        var ids = teamIds.ToList();
        var teams = db.Teams.Where(t => ids.Contains(t.Id)).Select(t => t.Id);
        var cells = new Dictionary<Measure, List<Cell>>();
        foreach (var measure in Enum.GetValues<Measure>())
            cells[measure] = await Cells.OfAsync(Measures.Of(db, measure, teams, year), k, withTotal, ct);
        DateTime start = year.Start, end = year.End;
        var modules = await db.Meetings.Where(m => ids.Contains(m.TeamId) && m.StartsAt >= start && m.StartsAt < end)
            .GroupBy(m => m.ModuleId).Select(g => new Dashboard.ModuleChoice(g.Key, g.Max(m => m.Title)!)).ToListAsync(ct);
        return new Dashboard(k, year, YearsOffered(clock), modules.OrderBy(m => m.Title).ToList(), cells);
    }
}

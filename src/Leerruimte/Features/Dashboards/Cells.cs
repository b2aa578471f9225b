using System.Linq.Expressions;
using Leerruimte.Features.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Dashboards;

/// <summary>
/// Turns a measure's records into the cells a dashboard may show, by the rule of ADR 0016. Records count only in whole
/// finest cells (one team, one part, one quarter) of at least k people, decided in the database; every larger cell is
/// made of those, so no combination of figures isolates the records of fewer than k people. Then a cell is held back
/// when its group differs from a shown cell inside it or around it by 1 to k-1 people, so no two figures differ by one
/// person either.
/// </summary>
public static class Cells
{
    public static async Task<List<Cell>> OfAsync(IQueryable<Fact> facts, int k, bool withTotal, CancellationToken ct = default)
    {
        var finest = facts.GroupBy(f => new { f.TeamId, f.Part, f.Quarter }).HavingPeople(f => f.PersonId, k).Select(g => g.Key);
        var kept = facts.Where(f => finest.Any(c => c.TeamId == f.TeamId && c.Part == f.Part && c.Quarter == f.Quarter));
        var cells = new List<Cell>();
        foreach (var byTeam in withTotal ? new[] { true, false } : [true])
            foreach (var byPart in new[] { true, false })
                foreach (var byQuarter in new[] { true, false })
                    cells.AddRange(await GroupAsync(kept, byTeam, byPart, byQuarter, ct));
        return Shown(cells, k);
    }

    /// <summary>
    /// The cells that stay, in the order of <see cref="Cell.Priority"/>: a cell is shown when no shown cell nested with it
    /// (inside it or around it) has a group 1 to k-1 people apart (groups of nested cells are nested, so the difference of
    /// their sizes is the people one has and the other not). Cells of different teams are not nested.
    /// </summary>
    public static List<Cell> Shown(IEnumerable<Cell> candidates, int k)
    {
        k = MinimumGroup.Size(k);
        var shown = new List<Cell>();
        var shownByTeam = new Dictionary<Guid, List<Cell>>();
        foreach (var cell in candidates.Where(c => c.People >= k).OrderBy(c => c.Priority))
        {
            var near = cell.TeamId is { } team ? shownByTeam.GetValueOrDefault(team) ?? [] : shown;
            if (!near.Where(n => cell.Holds(n) || n.Holds(cell)).All(n => Math.Abs(cell.People - n.People) is 0 || Math.Abs(cell.People - n.People) >= k)) continue;
            shown.Add(cell);
            if (cell.TeamId is { } id) (shownByTeam.TryGetValue(id, out var list) ? list : shownByTeam[id] = []).Add(cell);
        }
        return shown;
    }

    private sealed class Key
    {
        public Guid TeamId { get; init; }
        public string Part { get; init; } = "";
        public int Quarter { get; init; }
    }

    private sealed class Row
    {
        public Guid TeamId { get; init; }
        public string Part { get; init; } = "";
        public int Quarter { get; init; }
        public int People { get; init; }
        public int Items { get; init; }
        public int Records { get; init; }
        public double SumA { get; init; }
        public double SumB { get; init; }
    }

    private static async Task<IEnumerable<Cell>> GroupAsync(IQueryable<Fact> kept, bool byTeam, bool byPart, bool byQuarter, CancellationToken ct)
    {
        var rows = await kept.GroupBy(KeyOf(byTeam, byPart, byQuarter)).Select(Aggregates(byTeam, byPart, byQuarter)).ToListAsync(ct);
        return rows.Select(r => new Cell(byTeam ? r.TeamId : null, byPart ? r.Part : null, byQuarter ? r.Quarter : null,
            r.People, r.Items, r.Records, r.SumA, r.SumB));
    }

    private static readonly Expression<Func<IGrouping<Key, Fact>, Row>> AllAggregates = g => new Row
    {
        TeamId = g.Key.TeamId,
        Part = g.Key.Part,
        Quarter = g.Key.Quarter,
        People = g.Select(f => f.PersonId).Distinct().Count(),
        Items = g.Select(f => f.ItemId).Distinct().Count(),
        Records = g.Count(),
        SumA = g.Sum(f => f.A),
        SumB = g.Sum(f => f.B),
    };

    /// <summary>The aggregates without the key members rolled up: their constants are not read back (PostgreSQL would send a uuid constant as text).</summary>
    private static Expression<Func<IGrouping<Key, Fact>, Row>> Aggregates(bool byTeam, bool byPart, bool byQuarter)
    {
        var dropped = new[] { (byTeam, nameof(Row.TeamId)), (byPart, nameof(Row.Part)), (byQuarter, nameof(Row.Quarter)) }
            .Where(d => !d.Item1).Select(d => d.Item2).ToHashSet();
        var init = (MemberInitExpression)AllAggregates.Body;
        return AllAggregates.Update(init.Update(init.NewExpression, init.Bindings.Where(b => !dropped.Contains(b.Member.Name))), AllAggregates.Parameters);
    }

    /// <summary>f => new Key { TeamId = f.TeamId, Part = "", ... }: a dimension rolled up is a constant, which the GROUP BY leaves out.</summary>
    private static Expression<Func<Fact, Key>> KeyOf(bool byTeam, bool byPart, bool byQuarter)
    {
        var fact = Expression.Parameter(typeof(Fact), "f");
        MemberBinding Bind(string name, bool kept, object rolledUp) =>
            Expression.Bind(typeof(Key).GetProperty(name)!, kept ? Expression.Property(fact, name) : Expression.Constant(rolledUp));
        return Expression.Lambda<Func<Fact, Key>>(Expression.MemberInit(Expression.New(typeof(Key)),
            Bind(nameof(Key.TeamId), byTeam, Guid.Empty), Bind(nameof(Key.Part), byPart, ""), Bind(nameof(Key.Quarter), byQuarter, 0)), fact);
    }
}

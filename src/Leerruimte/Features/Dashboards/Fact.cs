namespace Leerruimte.Features.Dashboards;

/// <summary>
/// One record a dashboard figure counts, as the database projects it: whose it is (<see cref="PersonId"/>), which team,
/// which part (the module of a meeting, the 70-20-10 category of a log entry, the kind of a session), which quarter of
/// the reporting year (1-4), what it is a record of (<see cref="ItemId"/>: a meeting, an action, an entry) and up to
/// two numbers (an action's rating before and after, an entry's minutes). Never leaves the database as rows. Every
/// projection sets every property (0 where unused): EF translates only the members a projection binds.
/// </summary>
public sealed class Fact
{
    public Guid TeamId { get; init; }
    public string Part { get; init; } = "";
    public int Quarter { get; init; }
    public Guid PersonId { get; init; }
    public Guid ItemId { get; init; }
    public double A { get; init; }
    public double B { get; init; }
}

/// <summary>
/// The figures of one cell: a team or the whole scope (<see cref="TeamId"/> null), one part or all (<see cref="Part"/>
/// null), one quarter or the year (<see cref="Quarter"/> null). <see cref="People"/> is the group: the different
/// people whose records the cell holds.
/// </summary>
public sealed record Cell(Guid? TeamId, string? Part, int? Quarter, int People, int Items, int Records, double SumA, double SumB)
{
    /// <summary>
    /// The order in which cells claim their place (ADR 0016): a team's cells before the whole scope's, so a team's figures
    /// never depend on the other teams; within those, all parts before one part and quarters before the year, because
    /// the figures per quarter over everything are the ones a dashboard is read by.
    /// </summary>
    public int Priority => (TeamId is null ? 4 : 0) + (Part is null ? 0 : 2) + (Quarter is null ? 1 : 0);

    /// <summary>Whether <paramref name="inner"/>'s records are a part of this cell's: equal where this cell is fixed.</summary>
    public bool Holds(Cell inner) => inner != this
        && (TeamId is null || TeamId == inner.TeamId)
        && (Part is null || Part == inner.Part)
        && (Quarter is null || Quarter == inner.Quarter);

    public double AverageA => Records == 0 ? 0 : SumA / Records;

    /// <summary>The mean of A per item, for measures whose records share an item's number among its people (the feedback form).</summary>
    public double AveragePerItemA => Items == 0 ? 0 : SumA / Items;
    public double AverageB => Records == 0 ? 0 : SumB / Records;
}

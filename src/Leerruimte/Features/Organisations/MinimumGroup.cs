using System.Linq.Expressions;
using Leerruimte.Data;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Organisations;

/// <summary>
/// The privacy rule for every figure about a group (team averages, a meeting's before and after): it is shown only
/// when at least k different people contribute, k being the organisation's minimum group size (<see cref="Default"/>
/// unless an admin chose another) and never less than 1. It runs in the database, GROUP BY ... HAVING
/// COUNT(DISTINCT person) >= k, so no row per person leaves it however large the group.
/// </summary>
public static class MinimumGroup
{
    public const int Default = 3;

    /// <summary>k for a configured minimum: a minimum of 0 or less still needs one person.</summary>
    public static int Size(int configured) => Math.Max(1, configured);

    /// <summary>A group's size as shown beside its aggregate: rounded down to a multiple of k ("3 of meer"), so it does not count people one by one.</summary>
    public static int RoundedDown(int people, int k) => people / Size(k) * Size(k);

    /// <summary>k of the current organisation.</summary>
    public static async Task<int> SizeAsync(LeerruimteDb db, CancellationToken ct = default) =>
        Size(await db.Organisations.Select(o => o.MinimumGroupSize).SingleAsync(ct));

    /// <summary>Only the groups whose rows come from at least k different people; someone with several rows counts once.</summary>
    public static IQueryable<IGrouping<TKey, TRow>> HavingPeople<TKey, TRow>(
        this IQueryable<IGrouping<TKey, TRow>> groups, Expression<Func<TRow, Guid>> person, int k)
    {
        // g => g.Select(person).Distinct().Count() >= k, as the compiler would write it, so EF makes it a HAVING.
        var group = Expression.Parameter(typeof(IGrouping<TKey, TRow>), "g");
        var people = Expression.Call(typeof(Enumerable), nameof(Enumerable.Count), [typeof(Guid)],
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Distinct), [typeof(Guid)],
                Expression.Call(typeof(Enumerable), nameof(Enumerable.Select), [typeof(TRow), typeof(Guid)], group, person)));
        var minimum = Size(k);
        Expression<Func<int>> atLeast = () => minimum; // a query parameter, not a constant in the SQL text
        return groups.Where(Expression.Lambda<Func<IGrouping<TKey, TRow>, bool>>(Expression.GreaterThanOrEqual(people, atLeast.Body), group));
    }
}

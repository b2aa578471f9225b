using Leerruimte.Data;
using Leerruimte.Features.Organisations;
using Leerruimte.Features.Sessions;
using Leerruimte.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Actions;

/// <summary>
/// The team's before and after, for the room. Shown only when at least the organisation's minimum number of
/// people answered (<see cref="MinimumGroup"/>), and made only of averages and counts, so no one can be picked out.
/// </summary>
public sealed record FollowUpAggregate(int Answered, int Minimum, double? AverageBefore, double? AverageAfter, int Improved)
{
    public bool IsShown => AverageBefore is not null;

    /// <summary>Averaged in the database over those who answered the follow-up; no answer of anyone is read.</summary>
    public static async Task<FollowUpAggregate> OfAsync(LeerruimteDb db, Origin origin, CancellationToken ct = default)
    {
        var k = await MinimumGroup.SizeAsync(db, ct);
        var answered = db.PersonalActions.From(origin).Where(a => a.RatingAfter != null);
        var count = await answered.Select(a => a.PersonId).Distinct().CountAsync(ct);
        var team = await answered.GroupBy(a => a.OriginId).HavingPeople(a => a.PersonId, k)
            .Select(g => new
            {
                Before = g.Sum(a => a.RatingBefore),
                After = g.Sum(a => a.RatingAfter!.Value),
                Count = g.Count(),
                Improved = g.Count(a => a.RatingAfter > a.RatingBefore),
            })
            .SingleOrDefaultAsync(ct);
        return team is null
            ? new(count, k, null, null, 0)
            : new(count, k, DutchNumbers.Average(team.Before, team.Count), DutchNumbers.Average(team.After, team.Count), team.Improved);
    }
}

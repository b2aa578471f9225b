using Leerruimte.Data;
using Leerruimte.Features.TeamGoals;
using Leerruimte.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Demo;

/// <summary>
/// The demo team's measurable goal, as a weekly board session would keep it: a share of new referrals seen within five
/// working days, from 55% towards 80%, with a value each of the last six weeks, dated from the clock so the line ends
/// last week whatever the day. Our own example, in the spirit of the improvement goal of seed 002.
/// </summary>
public static class DemoTeamGoals
{
    public const string Team = "Wijkteam Noord";

    private static readonly double[] Weekly = [55, 58, 57, 62, 66, 69];
    private static readonly string[] RecordedBy =
        ["procesbegeleider@lindenhaven.example", "aylin@lindenhaven.example", "joost@lindenhaven.example", "priya@lindenhaven.example"];

    public static async Task SeedAsync(IServiceProvider sp)
    {
        var db = sp.GetRequiredService<LeerruimteDb>();
        var now = sp.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var today = DutchTime.DateOf(now);
        var team = await db.Teams.SingleAsync(t => t.Name == Team);
        var people = await db.Users.Where(p => RecordedBy.Contains(p.Email!)).ToDictionaryAsync(p => p.Email!, p => p.Id);

        var goal = new TeamGoal
        {
            TeamId = team.Id, CreatedById = people[RecordedBy[0]], CreatedAt = now.AddDays(-7 * Weekly.Length - 1),
            Title = "Na elke aanmelding binnen vijf werkdagen een eerste gesprek",
            Description = "Elke vrijdag tellen we: van de aanmeldingen van deze week, hoeveel procent had binnen vijf werkdagen een eerste gesprek? " +
                          "Afgesproken in de bordsessie: elke ochtend staat één collega ingeroosterd voor nieuwe aanmeldingen.",
            Unit = "%", StartValue = Weekly[0], TargetValue = 80, TargetDate = today.AddDays(7 * 8),
        };
        for (var week = 0; week < Weekly.Length; week++)
        {
            var date = today.AddDays(-7 * (Weekly.Length - week));
            goal.Values.Add(new GoalValue
            {
                Date = date, Value = Weekly[week], RecordedById = people[RecordedBy[week % RecordedBy.Length]],
                RecordedAt = now.AddDays(-7 * (Weekly.Length - week)),
            });
        }
        db.TeamGoals.Add(goal);
        await db.SaveChangesAsync();
    }
}

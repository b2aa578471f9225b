using Leerruimte.Data;
using Leerruimte.Features.AgendaSessions;
using Leerruimte.Features.LearningLog;
using Leerruimte.Features.Meetings;
using Leerruimte.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Demo;

/// <summary>
/// A team session the demo team has planned, not tied to a module: the day after tomorrow at 13:30, an hour on the
/// workload, composed of three work forms with their minutes. Planned through the app's own use case; always ahead.
/// </summary>
public static class DemoTeamSessions
{
    public const string Chair = "joost@lindenhaven.example";
    public const string Title = "Werkdruk: wat houden we vast en wat laten we los?";

    /// <summary>The agenda: work form and minutes.</summary>
    public static readonly (string Form, int Minutes)[] Agenda = [("brainstorm", 15), ("bloem-vriezer-prullenbak-zaadje", 25), ("pdca", 20)];

    public static async Task SeedAsync(IServiceProvider sp)
    {
        var db = sp.GetRequiredService<LeerruimteDb>();
        var team = await db.Teams.Where(t => t.Name == DemoTeamGoals.Team).Select(t => t.Id).SingleAsync();
        var chair = await db.Users.Where(p => p.Email == Chair).Select(p => p.Id).SingleAsync();
        var input = new PlanAgendaSession.Input
        {
            Title = Title, Date = DutchTime.Today(sp.GetRequiredService<TimeProvider>()).AddDays(2), Time = new TimeOnly(13, 30), RegisterCategory = ActivityKind.Other,
            Items = [.. Agenda.Select(a => new ComposeAgenda.Item { FormId = a.Form, Minutes = a.Minutes })],
        };
        var invitees = TeamPeople.InvitedByDefault(await TeamPeople.OfAsync(db, team));
        var result = await sp.GetRequiredService<PlanAgendaSession>().HandleAsync(team, chair, input, invitees);
        if (result.Agenda is null) throw new InvalidOperationException($"Demo team session refused: {result.Error}");
    }
}

using Leerruimte.Data;
using Leerruimte.Features.Demo;
using Leerruimte.Features.Meetings;
using Leerruimte.Features.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Leerruimte.IntegrationTests.Meetings;

/// <summary>The app on a clock that stands still until the test moves it; background loops look often, so moved time is noticed quickly.</summary>
public class FakeClockApp : LeerruimteApp
{
    public new FakeTimeProvider Clock => (FakeTimeProvider)base.Clock;

    protected override TimeProvider CreateClock() => new FakeTimeProvider(Start);

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Scheduling:PollInterval"] = "00:00:00.100" };
}

public sealed record BigTeam(Guid Meeting, string Facilitator, IReadOnlyList<string> Members);

public static class BigTeams
{
    /// <summary>A team with a facilitator and twelve members, a running meeting, and the first <paramref name="present"/> members present.</summary>
    public static async Task<BigTeam> CreateBigTeamAsync(this LeerruimteApp app, int present, int size = 12)
    {
        var key = Guid.NewGuid().ToString("N")[..8];
        var team = $"Groot team {key}";
        var members = Enumerable.Range(1, size).Select(i => $"lid{i}-{key}@test.example").ToList();
        var facilitator = $"pb-{key}@test.example";
        var demo = new DemoData.DemoOrganisation($"Groot {key}", [team],
            [new("Procesbegeleider " + key, facilitator, false, (team, TeamRole.Facilitator)),
             new("Leidinggevende " + key, $"lg-{key}@test.example", false, (team, TeamRole.TeamLeader)),
             .. members.Select((m, i) => new DemoData.DemoPerson($"Lid {i + 1} {key}", m, false, (team, TeamRole.Member)))]);
        var orgId = await DemoSeeder.SeedAsync(app.Services, demo);
        var org = new TestOrganisation(orgId, demo.Name, team, team, "", $"lg-{key}@test.example", facilitator, "", members[0], "", members[1]);
        var meeting = await app.PlanMeetingAsync(org);
        await app.ConsoleAsync(facilitator, (c, me) => c.StartAsync(meeting, me));
        var presentIds = new List<Guid>();
        foreach (var m in members.Take(present)) presentIds.Add(await app.PersonIdAsync(m));
        var session = await app.SessionOfAsync(meeting);
        await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().SessionParticipants.IgnoreQueryFilters([TenantFilters.Name])
            .Where(p => p.SessionId == session && presentIds.Contains(p.PersonId)).ExecuteUpdateAsync(s => s.SetProperty(p => p.Present, true)));
        return new BigTeam(meeting, facilitator, members);
    }
}

/// <summary>
/// The app started again on the database of an earlier instance, with its clock at a chosen moment:
/// a restart, as after a deployment or a crash.
/// </summary>
public sealed class RestartedApp : FakeClockApp
{
    private readonly TestDatabase database;

    public RestartedApp(TestDatabase database, DateTimeOffset now)
    {
        this.database = database;
        Clock.SetUtcNow(now);
    }

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Database:Provider"] = database.Provider,
        ["Database:ConnectionString"] = database.ConnectionString,
        ["Database:DataFolder"] = database.DataFolder,
    };
}

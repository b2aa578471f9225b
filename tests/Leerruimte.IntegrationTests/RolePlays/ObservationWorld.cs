using Leerruimte.Data;
using Leerruimte.Features.Cohorts;
using Leerruimte.Features.Forms;
using Leerruimte.Features.RolePlays;
using Leerruimte.Features.Sessions;
using Leerruimte.IntegrationTests.Cohorts;
using Leerruimte.IntegrationTests.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.RolePlays;

/// <summary>Filling in observation forms over HTTP as the phones do, and the rounds to fill them in.</summary>
public static class ObservationWorld
{
    public static readonly string[] Statements =
        ["doel-van-het-gesprek", "eigen-rol", "vraag-achter-de-vraag", "rolfunctioneren", "ervaringsdeskundigheid", "open-houding", "transparante-houding", "onderzoekende-houding"];

    /// <summary>An estafette on Johan with leaders p[0] and p[1], client p[2], carer p[3] and the rest observing (unless given), started.</summary>
    public static async Task<RolePlay> StartedRoundAsync(this FakeClockApp app, RolePlayWorld.Room room, Guid[]? leaders = null, Guid[]? observers = null, bool carer = true, Guid? client = null)
    {
        var p = room.People;
        leaders ??= [p[0], p[1]];
        client ??= p.Except(leaders).First();
        Guid? carerId = carer ? p.Except(leaders).First(x => x != client) : null;
        observers ??= [.. p.Except(leaders).Where(x => x != client && x != carerId)];
        var set = await app.TrainerAsync(room, (r, me) => r.SetUpAsync(room.Session.Id, me, new("johan", RolePlayMode.Estafette, leaders, client, carerId, observers)));
        if (set.Error is { } error) throw new InvalidOperationException(error);
        if (await app.TrainerAsync(room, (r, me) => r.StartAsync(set.Round!.Id, me)) is { } notStarted) throw new InvalidOperationException(notStarted);
        return set.Round!;
    }

    public static async Task EndAsync(this FakeClockApp app, RolePlayWorld.Room room, Guid roundId)
    {
        if (await app.TrainerAsync(room, (r, me) => r.EndAsync(roundId, me)) is { } error) throw new InvalidOperationException(error);
    }

    /// <summary>Closes the running session and starts the cohort's session of <paramref name="module"/> at its time, everyone present.</summary>
    public static async Task<RolePlayWorld.Room> NextModuleAsync(this FakeClockApp app, RolePlayWorld.Room room, int module)
    {
        await app.AsAsync(room.Org.Trainer, (sp, me) => sp.GetRequiredService<SessionCommands>().CloseAsync(room.Session.SessionId, me));
        var session = (await app.CohortAsync(room.CohortId)).Sessions.Single(s => s.Module == module);
        app.Clock.SetUtcNow(new DateTimeOffset(session.StartsAt, TimeSpan.Zero));
        await app.AsAsync(room.Org.Trainer, (sp, me) => sp.GetRequiredService<SessionCommands>().StartAsync(session.SessionId, me));
        foreach (var id in room.People)
            await app.AsAsync(room.Org.Trainer, (sp, me) => sp.GetRequiredService<SessionRoom>().SetPresentAsync(session.SessionId, me, id, true));
        return room with { Session = session };
    }

    public static string EmailOf(this RolePlayWorld.Room room, Guid person) => room.Emails[room.People.ToList().IndexOf(person)];

    /// <summary>Posts the form about <paramref name="leader"/> as <paramref name="email"/>: "submit" (Klaar, versturen) or "save".</summary>
    public static async Task<HtmlPage> ObserveAsync(this FakeClockApp app, RolePlayWorld.Room room, Guid person, Guid round, Guid leader,
        IEnumerable<KeyValuePair<string, string>> answers, string go = "submit")
    {
        var phone = await app.LoginAsync(room.EmailOf(person));
        var page = await phone.PageAsync(RolePlayLinks.Observation(round, leader));
        if (page.Status != HttpStatusCode.OK) throw new InvalidOperationException($"{(int)page.Status} on the observation form");
        return await page.SubmitAsync(phone, "observation", answers, ("go", go));
    }

    /// <summary>Module 3: the checkpoints (numbered from 1) ticked for one item.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Ticks(string item, params int[] checkpoints) =>
        checkpoints.Select(c => KeyValuePair.Create($"answer-{item}", c.ToString()));

    /// <summary>Module 2: a point for every statement in order.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Rates(params int[] points) =>
        Statements.Zip(points).Select(x => KeyValuePair.Create($"answer-{x.First}", x.Second.ToString()));

    public static KeyValuePair<string, string> Remark(string text) => KeyValuePair.Create("answer-opmerkingen", text);

    public static Task<List<FormResponse>> ResponsesAsync(this LeerruimteApp app, Guid round) =>
        app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().FormResponses.IgnoreQueryFilters([TenantFilters.Name]).AsNoTracking()
            .Include(r => r.Answers).Where(r => r.OriginId == round).ToListAsync());

    public static Task<string> NameAsync(this LeerruimteApp app, Guid person) =>
        app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().Users.IgnoreQueryFilters([TenantFilters.Name]).Where(p => p.Id == person).Select(p => p.DisplayName).SingleAsync());
}

using Microsoft.Extensions.Time.Testing;
using Leerruimte.Features.Cohorts;
using Leerruimte.Features.RolePlays;
using Leerruimte.Features.Sessions;
using Leerruimte.IntegrationTests.Cohorts;
using Leerruimte.IntegrationTests.Meetings;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.RolePlays;

/// <summary>A running training session of one module with everyone present, and the trainer's role-play commands.</summary>
public static class RolePlayWorld
{
    public sealed record Room(TestOrganisation Org, Guid CohortId, CohortSession Session, IReadOnlyList<string> Emails, IReadOnlyList<Guid> People);

    /// <summary>
    /// A cohort of the organisation's member, colleague and facilitator plus <paramref name="extra"/> new members; module <paramref name="module"/> runs, all present.
    /// With <paramref name="namesObservers"/> the cohort shows a conversation leader which observer wrote what.
    /// </summary>
    public static async Task<Room> RunningModuleAsync(this LeerruimteApp app, int module, int extra = 0, bool namesObservers = false)
    {
        var org = await app.CreateOrganisationAsync();
        var emails = new List<string> { org.Member, org.Colleague, org.Facilitator };
        for (var i = 0; i < extra; i++) emails.Add(await app.AddMemberAsync(org, org.Team));
        var cohortId = namesObservers ? await PlanNamingObserversAsync(app, org, emails) : await app.PlanCohortAsync(org, [.. emails]);
        var session = (await app.CohortAsync(cohortId)).Sessions.Single(s => s.Module == module);
        ((FakeTimeProvider)app.Clock).SetUtcNow(new DateTimeOffset(session.StartsAt, TimeSpan.Zero)); // the app must run on a fake clock
        await app.AsAsync(org.Trainer, (sp, me) => sp.GetRequiredService<SessionCommands>().StartAsync(session.SessionId, me));
        var people = new List<Guid>();
        foreach (var email in emails)
        {
            var id = await app.PersonIdAsync(email);
            people.Add(id);
            await app.AsAsync(org.Trainer, (sp, me) => sp.GetRequiredService<SessionRoom>().SetPresentAsync(session.SessionId, me, id, true));
        }
        return new(org, cohortId, session, emails, people);
    }

    private static async Task<Guid> PlanNamingObserversAsync(LeerruimteApp app, TestOrganisation org, IEnumerable<string> participants)
    {
        var trainer = await app.LoginAsync(org.Trainer);
        var planned = await app.PostPlanAsync(trainer, CohortWorld.Form("Het Gesprek, met namen", CohortWorld.WeekAfter(app), namesObservers: true), participants);
        if (planned.Status != HttpStatusCode.Redirect) throw new InvalidOperationException(planned.Text);
        return Guid.Parse(planned.Response.Headers.Location!.OriginalString.Split('/').Last());
    }

    public static Task<T> TrainerAsync<T>(this LeerruimteApp app, Room room, Func<RunRolePlay, Guid, Task<T>> command) =>
        app.AsAsync(room.Org.Trainer, (sp, me) => command(sp.GetRequiredService<RunRolePlay>(), me));

    /// <summary>Sets up a round with these leaders, client and observers (the rest of the room unless given).</summary>
    public static Task<RunRolePlay.Result> SetUpAsync(this LeerruimteApp app, Room room, RolePlayMode mode, Guid[] leaders, Guid? client, Guid[]? observers = null, string? caseId = "johan") =>
        app.TrainerAsync(room, (r, me) => r.SetUpAsync(room.Session.Id, me, new(caseId, mode, leaders, client, null,
            observers ?? [.. room.People.Except(leaders).Where(p => p != client)])));
}

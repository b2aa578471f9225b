using Leerruimte.Data;
using Leerruimte.Features.Actions;
using Leerruimte.Features.Notifications;
using Leerruimte.Features.Sessions;
using Leerruimte.IntegrationTests.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Sessions;

/// <summary>
/// A database filled by the release before the sessions kernel (on SQLite, and on PostgreSQL when the suite runs
/// there), upgraded: its meetings, invitees, notes, groups, personal actions and tasks are all there afterwards and the
/// meetings run on. The people come from the app; the meeting rows are written with SQL in the old schema, as the
/// old release wrote them, after migrating the database back to the migration before SessionsKernel.
/// </summary>
public sealed class SessionsKernelMigrationTests : IAsyncLifetime
{
    private const string Module = MeetingWorld.Module;
    private readonly FakeClockApp old = new();
    private RestartedApp? upgraded;
    private Old rows = default!;

    private sealed record Old(TestOrganisation Org, Guid Running, Guid Closed, Guid Member, Guid Trainer, Guid Facilitator, Guid Leader, Guid Action, Guid Task);

    public async Task InitializeAsync()
    {
        _ = old.Server;
        var org = await old.CreateOrganisationAsync();
        await old.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LeerruimteDb>();
            var migrations = db.Database.GetMigrations().ToList();
            var before = migrations[migrations.FindIndex(m => m.EndsWith("_SessionsKernel", StringComparison.Ordinal)) - 1];
            await db.GetService<IMigrator>().MigrateAsync(before);
            rows = await WriteAsTheOldReleaseAsync(db, org);
        });
        await old.DisposeAsync(); // the old release stops; the new one starts on its database and migrates it
        upgraded = new RestartedApp(old.Database, old.Clock.GetUtcNow().AddMinutes(1));
        _ = upgraded.Server;
    }

    public async Task DisposeAsync()
    {
        if (upgraded is not null) await upgraded.DisposeAsync();
        await old.Database.DisposeAsync();
    }

    private DateTime T0 => LeerruimteApp.Start.UtcDateTime;

    private async Task<Old> WriteAsTheOldReleaseAsync(LeerruimteDb db, TestOrganisation org)
    {
        var types = db.GetService<IRelationalTypeMappingSource>();
        string L(object? value) => value is null ? "NULL" : types.FindMapping(value.GetType())!.GenerateSqlLiteral(value);
#pragma warning disable EF1002 // the values are this test's own, written as literals by the provider's type mappings (as the old release stored them)
        async Task Insert(string table, Dictionary<string, object?> values) =>
            await db.Database.ExecuteSqlRawAsync(
                $"INSERT INTO \"{table}\" ({string.Join(", ", values.Keys.Select(k => $"\"{k}\""))}) VALUES ({string.Join(", ", values.Values.Select(L))})");
#pragma warning restore EF1002
        async Task<Guid> Person(string email) => await db.Users.IgnoreQueryFilters().Where(p => p.Email == email).Select(p => p.Id).SingleAsync();

        var (member, trainer, facilitator, leader) = (await Person(org.Member), await Person(org.Trainer), await Person(org.Facilitator), await Person(org.Leader));
        var team = await db.Teams.IgnoreQueryFilters().Where(t => t.OrganisationId == org.Id && t.Name == org.Team).Select(t => t.Id).SingleAsync();
        var version = await db.ContentPackVersions.IgnoreQueryFilters().Where(p => p.PackId == Module).OrderByDescending(p => p.Version)
            .Select(p => new { p.Id, p.Version }).FirstAsync();
        var (running, closed) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        Dictionary<string, object?> Meeting(Guid id, int status, string code, DateTime startsAt) => new()
        {
            ["Id"] = id, ["OrganisationId"] = org.Id, ["TeamId"] = team, ["ModuleVersionId"] = version.Id, ["ModuleId"] = Module,
            ["ModuleVersion"] = version.Version, ["Title"] = "Hoe ben ik ondernemend?", ["StartsAt"] = startsAt, ["DurationMinutes"] = 75,
            ["Place"] = "Buurthuis", ["FacilitatorId"] = facilitator, ["Status"] = status, ["JoinCode"] = code, ["CalendarSequence"] = 0,
            ["CreatedAt"] = T0.AddDays(-30), ["AgendaIndex"] = 0, ["ClockElapsedSeconds"] = 0, ["ClockExtraSeconds"] = 0, ["Revision"] = 0,
        };

        // A meeting running on its fifth agenda item (the chairs of the chair strategy, in groups): 30 s run before a
        // pause, 1 minute added, the dreamer's timer on, five changes made.
        var live = Meeting(running, 1, "MIGRA2", T0.AddMinutes(-20));
        (live["AgendaIndex"], live["ClockStartedAt"], live["ClockElapsedSeconds"], live["ClockExtraSeconds"]) = (4, T0.AddMinutes(-2), 30, 60);
        (live["TimedStepIndex"], live["TimedStepStartedAt"], live["StartedAt"], live["Revision"]) = (0, T0.AddSeconds(-30), T0.AddMinutes(-20), 5);
        await Insert("Meetings", live);
        await Insert("MeetingInvitees", new() { ["Id"] = Guid.CreateVersion7(), ["OrganisationId"] = org.Id, ["MeetingId"] = running, ["PersonId"] = member, ["Present"] = true, ["JoinedAt"] = T0.AddMinutes(-25) });
        await Insert("MeetingInvitees", new() { ["Id"] = Guid.CreateVersion7(), ["OrganisationId"] = org.Id, ["MeetingId"] = running, ["PersonId"] = trainer, ["Present"] = false, ["JoinedAt"] = null });
        foreach (var (text, index, assignment, group) in new[] { ("Eerst het intro", 0, (string?)null, (int?)null), ("Als dromer", 4, "stoelenstrategie", 1), ("Als criticus", 4, "stoelenstrategie", 1) })
            await Insert("BoardItems", new()
            {
                ["Id"] = Guid.NewGuid(), ["OrganisationId"] = org.Id, ["MeetingId"] = running, ["AgendaIndex"] = index, ["AssignmentId"] = assignment,
                ["GroupNumber"] = group, ["AuthorId"] = member, ["Text"] = text, ["CreatedAt"] = T0.AddMinutes(-10 + index),
            });
        foreach (var person in new[] { member, trainer })
            await Insert("GroupMembers", new() { ["Id"] = Guid.CreateVersion7(), ["OrganisationId"] = org.Id, ["MeetingId"] = running, ["AssignmentId"] = "stoelenstrategie", ["GroupNumber"] = 1, ["PersonId"] = person });

        // A meeting closed three weeks ago, with an action and its experiment, and the leader's task to plan the follow-up.
        var done = Meeting(closed, 2, "MIGRA3", T0.AddDays(-21));
        (done["StartedAt"], done["ClosedAt"], done["AgendaIndex"], done["Revision"]) = (T0.AddDays(-21), T0.AddDays(-21).AddMinutes(80), 3, 9);
        await Insert("Meetings", done);
        await Insert("MeetingInvitees", new() { ["Id"] = Guid.CreateVersion7(), ["OrganisationId"] = org.Id, ["MeetingId"] = closed, ["PersonId"] = member, ["Present"] = true, ["JoinedAt"] = T0.AddDays(-21) });
        var action = Guid.CreateVersion7();
        await Insert("PersonalActions", new()
        {
            ["Id"] = action, ["OrganisationId"] = org.Id, ["MeetingId"] = closed, ["PersonId"] = member, ["Text"] = "Elke dag één krachtvraag stellen",
            ["RatingBefore"] = 4, ["SharedWithLeader"] = true, ["CreatedAt"] = T0.AddDays(-21), ["UpdatedAt"] = T0.AddDays(-21),
        });
        await Insert("PdcaCycles", new()
        {
            ["Id"] = Guid.CreateVersion7(), ["OrganisationId"] = org.Id, ["ActionId"] = action, ["Number"] = 1, ["PlanWhat"] = "Krachtvragen bij de intake",
            ["ActDecision"] = 0, ["CreatedAt"] = T0.AddDays(-20), ["UpdatedAt"] = T0.AddDays(-20),
        });
        var task = Guid.CreateVersion7();
        await Insert("Tasks", new() { ["Id"] = task, ["OrganisationId"] = org.Id, ["PersonId"] = leader, ["Kind"] = 0, ["MeetingId"] = closed, ["DueAt"] = T0.AddDays(1), ["CreatedAt"] = T0.AddDays(-21) });
        return new Old(org, running, closed, member, trainer, facilitator, leader, action, task);
    }

    private Task<T> InDb<T>(Func<LeerruimteDb, Task<T>> query) =>
        upgraded!.InScopeAsync(sp => query(sp.GetRequiredService<LeerruimteDb>()));

    [Fact]
    public async Task Every_meeting_gets_a_session_with_its_live_state_and_its_invitees_as_participants()
    {
        var sessions = await InDb(db => db.LiveSessions.IgnoreQueryFilters().Include(s => s.Participants).AsNoTracking()
            .Where(s => s.OrganisationId == rows.Org.Id).ToDictionaryAsync(s => s.OriginId));
        var meetings = await InDb(db => db.Meetings.IgnoreQueryFilters().AsNoTracking().Where(m => m.OrganisationId == rows.Org.Id).ToDictionaryAsync(m => m.Id));
        var live = sessions[rows.Running];

        Assert.Equal(2, sessions.Count);
        Assert.All(meetings.Values, m => Assert.Equal(sessions[m.Id].Id, m.SessionId));
        Assert.All(sessions.Values, s => Assert.Equal(Origin.Meeting(s.OriginId), s.Origin));
        Assert.Equal((SessionStatus.Running, 4, 30, 60, 5), (live.Status, live.StepIndex, live.Clock.ElapsedSeconds, live.Clock.ExtraSeconds, live.Revision));
        Assert.Equal((T0.AddMinutes(-2), 0, T0.AddSeconds(-30), T0.AddMinutes(-20)), (live.Clock.StartedAt!.Value, live.SubTimerIndex!.Value, live.SubTimerStartedAt!.Value, live.StartedAt!.Value));
        Assert.Equal(rows.Facilitator, live.FacilitatorId);
        Assert.Equal(meetings[rows.Running].ModuleVersionId, Guid.Parse(live.ScriptRef));
        Assert.Empty(live.AddedSteps);
        Assert.Equal([(rows.Member, true, SessionRole.Member), (rows.Trainer, false, SessionRole.Member)],
            live.Participants.OrderBy(p => p.PersonId == rows.Trainer).Select(p => (p.PersonId, p.Present, p.Role)));
        Assert.Equal(T0.AddMinutes(-25), live.Participants.Single(p => p.PersonId == rows.Member).JoinedAt);
        Assert.Equal((SessionStatus.Closed, T0.AddDays(-21).AddMinutes(80)), (sessions[rows.Closed].Status, sessions[rows.Closed].ClosedAt!.Value));
    }

    [Fact]
    public async Task Notes_and_groups_stay_with_their_meetings_session_step_and_group()
    {
        var notes = await InDb(db => db.BoardItems.IgnoreQueryFilters().AsNoTracking().Where(i => i.OrganisationId == rows.Org.Id).OrderBy(i => i.CreatedAt).ToListAsync());
        var groups = await InDb(db => db.GroupMembers.IgnoreQueryFilters().AsNoTracking().Where(g => g.OrganisationId == rows.Org.Id).ToListAsync());
        var session = await upgraded!.SessionOfAsync(rows.Running);

        Assert.Equal([("Eerst het intro", 0, null, null, null), ("Als dromer", 4, "stoelenstrategie", 1, null), ("Als criticus", 4, "stoelenstrategie", 1, null)],
            notes.Select(n => (n.Text, n.StepIndex, n.StepKey, n.GroupNumber, n.Column)));
        Assert.All(notes, n => Assert.Equal(session, n.SessionId));
        Assert.Equal(2, groups.Count);
        Assert.All(groups, g => Assert.Equal((session, "stoelenstrategie", 1), (g.SessionId, g.StepKey, g.GroupNumber)));
    }

    [Fact]
    public async Task Personal_actions_and_tasks_point_at_their_meeting_as_origin()
    {
        var action = await InDb(db => db.PersonalActions.IgnoreQueryFilters().Include(a => a.Cycles).AsNoTracking().SingleAsync(a => a.Id == rows.Action));
        var task = await InDb(db => db.Tasks.IgnoreQueryFilters().AsNoTracking().SingleAsync(t => t.Id == rows.Task));

        Assert.Equal(Origin.Meeting(rows.Closed), action.Origin);
        Assert.Equal("Krachtvragen bij de intake", Assert.Single(action.Cycles).PlanWhat);
        Assert.Equal((Origin.Meeting(rows.Closed), TaskKind.PlanFollowUpMeeting), (task.Origin, task.Kind));
    }

    [Fact]
    public async Task The_running_meeting_runs_on_where_it_was_on_phones_and_the_console()
    {
        await using var phone = await PhoneClient.ConnectAsync(upgraded!, rows.Org.Member);
        var joined = await phone.JoinAsync(rows.Running);
        var added = await phone.AddAsync(rows.Running, "Na de upgrade");
        var moved = await upgraded!.ConsoleAsync(rows.Org.Facilitator, (c, me) => c.GoToAsync(rows.Running, me, 5));
        var closed = await upgraded!.ConsoleAsync(rows.Org.Facilitator, (c, me) => c.CloseAsync(rows.Running, me));

        Assert.Null(joined.Error);
        Assert.Equal((4, "stoelenstrategie"), (joined.State!.StepIndex, joined.State.StepKey));
        Assert.Contains("dromer", joined.State.SubTimerTitle, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(3, joined.Items!.Count);
        Assert.Equal((4, 1), (added.Item!.StepIndex, added.Item.GroupNumber!.Value)); // still in the group formed before the upgrade
        Assert.Equal(6, moved.State!.Revision);
        Assert.Null(closed.Error);
        Assert.Equal(Features.Meetings.MeetingStatus.Closed, (await upgraded!.MeetingAsync(rows.Running)).Status);
    }

    [Fact]
    public async Task The_closed_meetings_action_task_and_attendance_show_where_they_did()
    {
        var member = await upgraded!.LoginAsync(rows.Org.Member);
        var action = await member.PageAsync($"/bijeenkomsten/{rows.Closed}/mijn-actie");
        var pdca = await member.PageAsync($"/acties/{rows.Action}/pdca");
        var start = await (await upgraded!.LoginAsync(rows.Org.Leader)).PageAsync("/");
        var feedback = await (await upgraded!.LoginAsync(rows.Org.Facilitator)).PageAsync($"/bijeenkomsten/{rows.Closed}/terugkoppeling");

        Assert.Contains("Elke dag één krachtvraag stellen", action.Text);
        Assert.NotNull(pdca.Document.QuerySelector($"a[href='/bijeenkomsten/{rows.Closed}/mijn-actie']"));
        Assert.NotNull(pdca.Document.QuerySelector($"a[href*='/modules/{Module}/afdrukken/']"));
        Assert.Contains("Hoe ben ik ondernemend?", start.Document.QuerySelector(".app-tasks, main")!.TextContent);
        Assert.NotNull(feedback.Document.QuerySelector($"input[name='answer-aanwezig'][value='{rows.Member}'][checked]"));
    }
}

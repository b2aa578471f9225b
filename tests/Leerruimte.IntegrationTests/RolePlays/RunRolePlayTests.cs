using System.Collections.Concurrent;
using Leerruimte.Data;
using Leerruimte.Features.RolePlays;
using Leerruimte.Features.Sessions;
using Leerruimte.IntegrationTests.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.RolePlays;

/// <summary>Issue 12, item 4: the trainer sets up role plays in a running training session and runs them as estafette or with subtitles.</summary>
public sealed class RunRolePlayTests(FakeClockApp app) : IClassFixture<FakeClockApp>
{
    private Task<RolePlay> RoundAsync(Guid id) =>
        app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().RolePlays.IgnoreQueryFilters([TenantFilters.Name]).Include(r => r.Parts).AsNoTracking().SingleAsync(r => r.Id == id));

    [Fact]
    public async Task An_estafette_passes_the_floor_to_each_leader_in_turn_and_every_change_tells_the_screens()
    {
        var room = await app.RunningModuleAsync(module: 3, extra: 2);
        var p = room.People;
        var heard = new ConcurrentBag<SessionEvent>();
        using var listening = app.Services.GetRequiredService<ISessionEvents>().Subscribe(room.Session.SessionId, e => { heard.Add(e); return Task.CompletedTask; });

        var set = await app.SetUpAsync(room, RolePlayMode.Estafette, [p[0], p[1], p[2]], p[3]);
        var id = set.Round!.Id;
        var started = await app.TrainerAsync(room, (r, me) => r.StartAsync(id, me));
        var first = (await RoundAsync(id)).CurrentLeader;
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await app.TrainerAsync(room, (r, me) => r.NextLeaderAsync(id, me));
        await app.TrainerAsync(room, (r, me) => r.NextLeaderAsync(id, me));
        var past = await app.TrainerAsync(room, (r, me) => r.NextLeaderAsync(id, me));
        var last = await RoundAsync(id);
        var ended = await app.TrainerAsync(room, (r, me) => r.EndAsync(id, me));

        Assert.Null(set.Error);
        Assert.Null(started);
        Assert.Equal(p[0], first);
        Assert.Equal(p[2], last.CurrentLeader);
        Assert.Equal("Dit is de laatste gespreksvoerder van deze ronde.", past);
        Assert.Null(ended);
        Assert.Equal(RolePlayStatus.Done, (await RoundAsync(id)).Status);
        Assert.Equal("observatie-module-3", last.FormId);
        Assert.Equal(RolePlayRole.Observer, last.RoleOf(p[4]));
        Assert.Equal(RolePlayRole.ClientActor, last.RoleOf(p[3]));
        Assert.Equal(5, heard.OfType<HostChanged>().Count()); // set up, start, two turns, end; the refused turn tells nobody
    }

    [Fact]
    public async Task Subtitling_has_one_leader_and_the_trainer_stops_and_resumes_the_conversation()
    {
        var room = await app.RunningModuleAsync(module: 3);
        var p = room.People;

        var two = await app.SetUpAsync(room, RolePlayMode.Subtitling, [p[0], p[1]], p[2]);
        var id = (await app.SetUpAsync(room, RolePlayMode.Subtitling, [p[0]], p[1])).Round!.Id;
        await app.TrainerAsync(room, (r, me) => r.StartAsync(id, me));
        var next = await app.TrainerAsync(room, (r, me) => r.NextLeaderAsync(id, me));
        await app.TrainerAsync(room, (r, me) => r.SetPausedAsync(id, me, true));
        var paused = (await RoundAsync(id)).Paused;
        await app.TrainerAsync(room, (r, me) => r.SetPausedAsync(id, me, false));

        Assert.Equal("Bij ondertitelen voert één gespreksvoerder het gesprek.", two.Error);
        Assert.NotNull(next);
        Assert.True(paused);
        Assert.False((await RoundAsync(id)).Paused);
    }

    [Fact]
    public async Task Parts_are_refused_when_someone_has_two_or_is_not_in_the_session_and_only_one_round_runs_at_a_time()
    {
        var room = await app.RunningModuleAsync(module: 2);
        var p = room.People;
        var outsider = await app.PersonIdAsync(room.Org.Loner);

        var twice = await app.SetUpAsync(room, RolePlayMode.Estafette, [p[0], p[1]], p[0]);
        var stranger = await app.SetUpAsync(room, RolePlayMode.Estafette, [p[0], outsider], p[2]);
        var unknownCase = await app.SetUpAsync(room, RolePlayMode.Estafette, [p[0], p[1]], p[2], caseId: "niet-bestaand");
        var first = await app.SetUpAsync(room, RolePlayMode.Estafette, [p[0], p[1]], p[2], caseId: "richard");
        await app.TrainerAsync(room, (r, me) => r.StartAsync(first.Round!.Id, me));
        var second = await app.SetUpAsync(room, RolePlayMode.Estafette, [p[1], p[2]], p[0]);

        Assert.Equal("Iedereen heeft één rol in een ronde: kies niemand twee keer.", twice.Error);
        Assert.Equal("Kies alleen deelnemers van deze bijeenkomst.", stranger.Error);
        Assert.NotNull(unknownCase.Error);
        Assert.Null(first.Error);
        Assert.Equal("observatie-module-2", first.Round!.FormId);
        Assert.Equal("Er loopt al een rollenspel. Rond dat eerst af.", second.Error);
    }

    [Fact]
    public async Task Setting_up_again_before_the_start_gives_the_parts_anew_in_the_same_round()
    {
        var room = await app.RunningModuleAsync(module: 2);
        var p = room.People;

        var first = await app.SetUpAsync(room, RolePlayMode.Estafette, [p[0], p[1]], p[2]);
        var again = await app.SetUpAsync(room, RolePlayMode.Estafette, [p[2], p[1]], p[0]);
        var round = await RoundAsync(again.Round!.Id);

        Assert.Equal(first.Round!.Id, round.Id);
        Assert.Equal(1, round.Number);
        Assert.Equal([p[2], p[1]], round.Leaders);
        Assert.Equal(3, round.Parts.Count);
    }

    [Fact]
    public async Task Only_the_trainer_runs_a_role_play_and_only_while_the_session_runs()
    {
        var room = await app.RunningModuleAsync(module: 2);
        var p = room.People;
        var id = (await app.SetUpAsync(room, RolePlayMode.Estafette, [p[0], p[1]], p[2])).Round!.Id;

        var byMember = await app.AsAsync(room.Org.Member, (sp, me) => sp.GetRequiredService<RunRolePlay>().StartAsync(id, me));
        var byLeader = await app.AsAsync(room.Org.Leader, (sp, me) => sp.GetRequiredService<RunRolePlay>().StartAsync(id, me));
        await app.AsAsync(room.Org.Trainer, (sp, me) => sp.GetRequiredService<SessionCommands>().CloseAsync(room.Session.SessionId, me));
        var afterClose = await app.TrainerAsync(room, (r, me) => r.StartAsync(id, me));
        var other = await app.CreateOrganisationAsync();
        var byOtherTrainer = await app.AsAsync(other.Trainer, (sp, me) => sp.GetRequiredService<RunRolePlay>().StartAsync(id, me));

        Assert.Equal("Alleen de trainer van deze bijeenkomst regelt het rollenspel, en alleen zolang de bijeenkomst loopt.", byMember);
        Assert.Equal(byMember, byLeader);
        Assert.Equal(byMember, afterClose);
        Assert.Equal(byMember, byOtherTrainer);
        Assert.Equal(RolePlayStatus.Preparing, (await RoundAsync(id)).Status);
    }
}

using Leerruimte.Data;
using Leerruimte.Features.Cohorts;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.RunningCases;
using Leerruimte.Features.Sessions;
using Leerruimte.Features.TrainingProgrammes;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.RolePlays;

/// <summary>
/// What the trainer does with a role play from the training console: set a round up with its parts, start it, give the
/// floor to the next conversation leader (estafette), stop the conversation for thoughts (subtitling), end it. Only the
/// session's trainer, only while the session runs; each change is stored, then every screen of the session hears that
/// its host changed and reads what its person may see.
/// </summary>
public sealed class RunRolePlay(LeerruimteDb db, ContentCatalogue catalogue, CohortCases cases, ISessionEvents events, TimeProvider clock)
{
    /// <summary>The parts of a round as the trainer gives them; observers are everyone else the trainer ticked.</summary>
    public sealed record Setup(string? CaseId, RolePlayMode Mode, IReadOnlyList<Guid> Leaders, Guid? ClientActor, Guid? Carer, IReadOnlyList<Guid> Observers);

    public sealed record Result(RolePlay? Round, string? Error);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Sets up a new round at the session's current item, or gives the parts again of the one being prepared there.</summary>
    public async Task<Result> SetUpAsync(Guid cohortSessionId, Guid trainerId, Setup setup, CancellationToken ct = default)
    {
        if (await RunningAsync(cohortSessionId, trainerId, ct) is not { } host) return new(null, Ui.RolePlay_OnlyTrainer);
        if (await CheckAsync(host, setup, ct) is { } error) return new(null, error);
        var rounds = await db.RolePlays.Include(r => r.Parts).Where(r => r.CohortSessionId == cohortSessionId).ToListAsync(ct);
        if (rounds.Any(r => r.Status == RolePlayStatus.Running)) return new(null, Ui.RolePlay_OneAtATime);
        var round = rounds.FirstOrDefault(r => r.Status == RolePlayStatus.Preparing);
        if (round is null)
        {
            db.RolePlays.Add(round = new RolePlay { CohortId = host.CohortId, CohortSessionId = cohortSessionId, Number = rounds.Count + 1 });
            // The module's observation form, when it has one.
            var programme = await catalogue.ByVersionIdAsync<TrainingProgrammePack>(host.Cohort!.ProgrammeVersionId, ct);
            round.FormId = programme?.ObservationForms.FirstOrDefault(f => f.Module == host.Module)?.Id;
        }
        (round.StepIndex, round.CaseId, round.Mode) = (host.Session!.StepIndex, setup.CaseId, setup.Mode);
        db.RolePlayParts.RemoveRange(round.Parts);
        round.Parts = [.. PartsOf(setup)];
        await db.SaveChangesAsync(ct);
        await events.PublishAsync(new HostChanged(host.SessionId));
        return new(round, null);
    }

    public Task<string?> StartAsync(Guid roundId, Guid trainerId, CancellationToken ct = default) => ChangeAsync(roundId, trainerId, round =>
    {
        if (round.Status != RolePlayStatus.Preparing) return Ui.RolePlay_NotPreparing;
        (round.Status, round.Turn, round.TurnStartedAt) = (RolePlayStatus.Running, 0, Now);
        return null;
    }, ct);

    /// <summary>Estafette: the next conversation leader takes over, on the trainer's signal.</summary>
    public Task<string?> NextLeaderAsync(Guid roundId, Guid trainerId, CancellationToken ct = default) => ChangeAsync(roundId, trainerId, round =>
    {
        if (round.Status != RolePlayStatus.Running || round.Mode != RolePlayMode.Estafette) return Ui.RolePlay_NotRunning;
        if (round.Turn >= round.Leaders.Count - 1) return Ui.RolePlay_LastLeader;
        (round.Turn, round.TurnStartedAt) = (round.Turn + 1, Now);
        return null;
    }, ct);

    /// <summary>Subtitling: the trainer stops the conversation so the room says what it thinks, and lets it go on.</summary>
    public Task<string?> SetPausedAsync(Guid roundId, Guid trainerId, bool paused, CancellationToken ct = default) => ChangeAsync(roundId, trainerId, round =>
    {
        if (round.Status != RolePlayStatus.Running || round.Mode != RolePlayMode.Subtitling) return Ui.RolePlay_NotRunning;
        round.Paused = paused;
        return null;
    }, ct);

    /// <summary>Ends the round; observers can still fill in their forms afterwards.</summary>
    public Task<string?> EndAsync(Guid roundId, Guid trainerId, CancellationToken ct = default) => ChangeAsync(roundId, trainerId, round =>
    {
        if (round.Status != RolePlayStatus.Running) return Ui.RolePlay_NotRunning;
        (round.Status, round.Paused, round.EndedAt) = (RolePlayStatus.Done, false, Now);
        return null;
    }, ct);

    /// <summary>Takes back a round that has not started, to give the parts another way (or not play it).</summary>
    public async Task<string?> DropAsync(Guid roundId, Guid trainerId, CancellationToken ct = default)
    {
        var round = await db.RolePlays.FirstOrDefaultAsync(r => r.Id == roundId, ct);
        if (round is null || await RunningAsync(round.CohortSessionId, trainerId, ct) is not { } host) return Ui.RolePlay_OnlyTrainer;
        if (round.Status != RolePlayStatus.Preparing) return Ui.RolePlay_NotPreparing;
        db.RolePlays.Remove(round);
        await db.SaveChangesAsync(ct);
        await events.PublishAsync(new HostChanged(host.SessionId));
        return null;
    }

    private async Task<string?> ChangeAsync(Guid roundId, Guid trainerId, Func<RolePlay, string?> change, CancellationToken ct)
    {
        var round = await db.RolePlays.Include(r => r.Parts).FirstOrDefaultAsync(r => r.Id == roundId, ct);
        if (round is null || await RunningAsync(round.CohortSessionId, trainerId, ct) is not { } host) return Ui.RolePlay_OnlyTrainer;
        if (change(round) is { } error) return error;
        await db.SaveChangesAsync(ct);
        await events.PublishAsync(new HostChanged(host.SessionId));
        return null;
    }

    /// <summary>The training session with its cohort and live session, if this trainer runs it and it is running.</summary>
    private Task<CohortSession?> RunningAsync(Guid cohortSessionId, Guid trainerId, CancellationToken ct) =>
        db.CohortSessions.Include(s => s.Cohort).Include(s => s.Session!).ThenInclude(s => s.Participants)
            .FirstOrDefaultAsync(s => s.Id == cohortSessionId && s.Cohort!.TrainerId == trainerId && s.Session!.Status == SessionStatus.Running, ct);

    private async Task<string?> CheckAsync(CohortSession host, Setup setup, CancellationToken ct)
    {
        var leaders = setup.Leaders.Count;
        if (setup.Mode == RolePlayMode.Estafette ? leaders is < 2 or > RolePlay.MaxLeaders : leaders != 1)
            return setup.Mode == RolePlayMode.Estafette ? string.Format(Ui.RolePlay_EstafetteLeaders, RolePlay.MaxLeaders) : Ui.RolePlay_SubtitlingLeader;
        Guid[] everyone = [.. setup.Leaders, .. new[] { setup.ClientActor, setup.Carer }.OfType<Guid>(), .. setup.Observers];
        if (everyone.Distinct().Count() != everyone.Length) return Ui.RolePlay_OnePartEach;
        var inSession = host.Session!.Participants.Select(p => p.PersonId).ToHashSet();
        if (!everyone.All(inSession.Contains)) return Ui.RolePlay_NotInSession;
        if (setup.CaseId is { } caseId && (await cases.CasesOfAsync(host.Cohort!.ProgrammeId, ct)).All(c => c.Id != caseId)) return Ui.Cases_StageUnknown;
        return null;
    }

    private static IEnumerable<RolePlayPart> PartsOf(Setup setup)
    {
        foreach (var (leader, i) in setup.Leaders.Select((l, i) => (l, i))) yield return new() { PersonId = leader, Role = RolePlayRole.ConversationLeader, Order = i };
        if (setup.ClientActor is { } actor) yield return new() { PersonId = actor, Role = RolePlayRole.ClientActor };
        if (setup.Carer is { } carer) yield return new() { PersonId = carer, Role = RolePlayRole.Carer };
        foreach (var observer in setup.Observers) yield return new() { PersonId = observer, Role = RolePlayRole.Observer };
    }
}

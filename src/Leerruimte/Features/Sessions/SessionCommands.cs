using Leerruimte.Data;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Sessions;

/// <summary>
/// What the facilitator does from the console: start, pause, resume, extend, go to a step, start or stop a sub-timer,
/// add a step, close. Only the session's facilitator gives them; every command is stored (with a revision check)
/// before the new state is published to the screens. Start and close tell the host through its kind's hooks.
/// </summary>
public sealed class SessionCommands(LeerruimteDb db, SessionScripts scripts, AddableSteps addable, ISessionEvents events, TimeProvider clock)
{
    public sealed record Result(LiveState? State, string? Error);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Starts the session; a facilitator who is also among its participants runs it, so is present.</summary>
    public async Task<Result> StartAsync(Guid sessionId, Guid facilitatorId)
    {
        var markedPresent = false;
        var result = await ApplyAsync(sessionId, facilitatorId, async (s, _, ct) =>
        {
            markedPresent = false; // a retry after a concurrent change starts over
            if (s.Status == SessionStatus.Running) return null;
            if (s.Status != SessionStatus.Planned) return Ui.Console_CannotStart;
            s.Status = SessionStatus.Running;
            s.StartedAt = Now;
            s.StepIndex = 0;
            s.Clock = StepClock.StartingAt(Now);
            if (await db.SessionParticipants.FirstOrDefaultAsync(p => p.SessionId == s.Id && p.PersonId == facilitatorId, ct) is { Present: false } me)
            {
                me.Present = markedPresent = true;
                me.JoinedAt ??= Now;
            }
            await scripts.KindOf(s.OriginKind).OnStartedAsync(s, ct);
            return null;
        });
        if (result.Error is null && markedPresent) await events.PublishAsync(new AttendanceChanged(sessionId, facilitatorId, true));
        return result;
    }

    public Task<Result> PauseAsync(Guid sessionId, Guid facilitatorId) => Apply(sessionId, facilitatorId, (s, _) =>
    {
        s.Clock.Pause(Now);
        return null;
    });

    public Task<Result> ResumeAsync(Guid sessionId, Guid facilitatorId) => Apply(sessionId, facilitatorId, (s, _) =>
    {
        s.Clock.StartedAt ??= Now;
        return null;
    });

    public Task<Result> ExtendAsync(Guid sessionId, Guid facilitatorId, int minutes) => Apply(sessionId, facilitatorId, (s, _) =>
    {
        if (minutes is < 1 or > 30) return Ui.Console_ExtendRange;
        s.Clock.ExtraSeconds += minutes * 60;
        return null;
    });

    public Task<Result> GoToAsync(Guid sessionId, Guid facilitatorId, int stepIndex) => Apply(sessionId, facilitatorId, (s, script) =>
    {
        if (stepIndex < 0 || stepIndex >= script.Steps.Count) return Ui.Console_NoSuchItem;
        if (stepIndex != s.StepIndex) MoveTo(s, stepIndex);
        return null;
    });

    /// <summary>Adds a step (such as the evaluation board) after the script's own steps, once, and goes to it.</summary>
    public Task<Result> AddStepAsync(Guid sessionId, Guid facilitatorId, string key) => ApplyAsync(sessionId, facilitatorId, async (s, _, ct) =>
    {
        if (addable.Find(key) is null) return Ui.Console_NoSuchItem;
        if (!s.AddedSteps.Contains(key)) s.AddedSteps = [.. s.AddedSteps, key];
        var script = await scripts.OfAsync(s, ct);
        var index = script.Steps.Count - s.AddedSteps.Count + s.AddedSteps.IndexOf(key);
        if (index != s.StepIndex) MoveTo(s, index);
        return null;
    });

    public Task<Result> StartSubTimerAsync(Guid sessionId, Guid facilitatorId, int timer) => Apply(sessionId, facilitatorId, (s, script) =>
    {
        if (timer < 0 || timer >= script.At(s.StepIndex).SubTimers.Count) return Ui.Console_NoSuchItem;
        s.SubTimerIndex = timer;
        s.SubTimerStartedAt = Now;
        return null;
    });

    public Task<Result> StopSubTimerAsync(Guid sessionId, Guid facilitatorId) => Apply(sessionId, facilitatorId, (s, _) =>
    {
        s.SubTimerIndex = null;
        s.SubTimerStartedAt = null;
        return null;
    });

    /// <summary>
    /// Switches the current step to anonymous or back. On: the names go from the notes already there too. Off: only new
    /// notes carry a name again; what was written anonymously stays so. A step the module made anonymous stays anonymous.
    /// </summary>
    public async Task<Result> SetAnonymousAsync(Guid sessionId, Guid facilitatorId, bool anonymous)
    {
        var step = -1;
        var result = await ApplyAsync(sessionId, facilitatorId, async (s, script, ct) =>
        {
            step = s.StepIndex;
            var switched = s.AnonymousSteps.Contains(step);
            if (!anonymous && script.At(step).Anonymous && !switched) return Ui.Console_AnonymousByModule;
            if (anonymous == switched) return null;
            s.AnonymousSteps = anonymous ? [.. s.AnonymousSteps, step] : [.. s.AnonymousSteps.Where(i => i != step)];
            if (anonymous)
                await db.BoardItems.Where(i => i.SessionId == s.Id && i.StepIndex == step).ExecuteUpdateAsync(u => u.SetProperty(i => i.Anonymous, true), ct);
            return null;
        });
        if (result.Error is null && anonymous) await events.PublishAsync(new AuthorsHidden(sessionId, step));
        return result;
    }

    /// <summary>Closes the session (also one held on paper that never ran here); the host's hook does the rest.</summary>
    public Task<Result> CloseAsync(Guid sessionId, Guid facilitatorId) => ApplyAsync(sessionId, facilitatorId, async (s, _, ct) =>
    {
        s.Clock.Pause(Now);
        s.Status = SessionStatus.Closed;
        s.ClosedAt = Now;
        await scripts.KindOf(s.OriginKind).OnClosedAsync(s, ct);
        return null;
    });

    private void MoveTo(LiveSession s, int stepIndex)
    {
        s.StepIndex = stepIndex;
        s.Clock = StepClock.StartingAt(Now);
        s.SubTimerIndex = null;
        s.SubTimerStartedAt = null;
    }

    private Task<Result> Apply(Guid sessionId, Guid facilitatorId, Func<LiveSession, SessionScript, string?> change) =>
        ApplyAsync(sessionId, facilitatorId, (s, script, _) => Task.FromResult(change(s, script)));

    /// <summary>Loads the session as its facilitator, applies the change, stores it with a revision check, then tells the screens.</summary>
    private async Task<Result> ApplyAsync(Guid sessionId, Guid facilitatorId, Func<LiveSession, SessionScript, CancellationToken, Task<string?>> change)
    {
        for (var attempt = 0; ; attempt++)
        {
            var session = await db.LiveSessions.FirstOrDefaultAsync(s => s.Id == sessionId && s.FacilitatorId == facilitatorId);
            if (session is null) return new(null, Ui.Console_NotYourMeeting);
            if (session.Status is SessionStatus.Closed or SessionStatus.Cancelled)
                return new(null, session.Status == SessionStatus.Closed ? Ui.Console_AlreadyClosed : Ui.Meeting_IsCancelled);
            var script = await scripts.OfAsync(session);
            if (await change(session, script, CancellationToken.None) is { } error) return new(null, error);
            session.Revision++;
            try
            {
                await db.SaveChangesAsync();
            }
            catch (DbUpdateConcurrencyException) when (attempt < 2)
            {
                db.ChangeTracker.Clear(); // someone else changed it first: redo the command on the new state
                continue;
            }
            var state = LiveState.Of(session, await scripts.OfAsync(session), Now);
            await events.PublishAsync(new StateChanged(sessionId, state));
            return new(state, null);
        }
    }
}

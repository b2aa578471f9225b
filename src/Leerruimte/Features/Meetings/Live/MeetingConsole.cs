using Leerruimte.Data;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Modules;
using Leerruimte.Features.Actions;
using Leerruimte.Features.Scheduling;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Meetings.Live;

/// <summary>
/// What the facilitator does from the console. Only the meeting's facilitator moves the agenda; every
/// command is stored (with a revision check) before the new state is published to the screens.
/// </summary>
public sealed class MeetingConsole(LeerruimteDb db, ContentCatalogue catalogue, IMeetingEvents events, TimeProvider clock, JobScheduler scheduler)
{
    public sealed record Result(LiveState? State, string? Error);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Task<Result> StartAsync(Guid meetingId, Guid facilitatorId) => Apply(meetingId, facilitatorId, (m, _) =>
    {
        if (m.Status == MeetingStatus.Running) return null;
        if (m.Status != MeetingStatus.Planned) return Ui.Console_CannotStart;
        m.Status = MeetingStatus.Running;
        m.StartedAt = Now;
        m.AgendaIndex = 0;
        m.Clock = new MeetingClock { StartedAt = Now };
        return null;
    });

    public Task<Result> PauseAsync(Guid meetingId, Guid facilitatorId) => Apply(meetingId, facilitatorId, (m, _) =>
    {
        if (m.Clock.StartedAt is { } started)
        {
            m.Clock.ElapsedSeconds += (int)Math.Max(0, (Now - started).TotalSeconds);
            m.Clock.StartedAt = null;
        }
        return null;
    });

    public Task<Result> ResumeAsync(Guid meetingId, Guid facilitatorId) => Apply(meetingId, facilitatorId, (m, _) =>
    {
        m.Clock.StartedAt ??= Now;
        return null;
    });

    public Task<Result> ExtendAsync(Guid meetingId, Guid facilitatorId, int minutes) => Apply(meetingId, facilitatorId, (m, _) =>
    {
        if (minutes is < 1 or > 30) return Ui.Console_ExtendRange;
        m.Clock.ExtraSeconds += minutes * 60;
        return null;
    });

    public Task<Result> GoToAsync(Guid meetingId, Guid facilitatorId, int agendaIndex) => Apply(meetingId, facilitatorId, (m, module) =>
    {
        if (agendaIndex < 0 || agendaIndex >= module.Facilitator!.Agenda.Count) return Ui.Console_NoSuchItem;
        if (agendaIndex == m.AgendaIndex) return null;
        m.AgendaIndex = agendaIndex;
        m.Clock = new MeetingClock { StartedAt = Now };
        m.TimedStepIndex = null;
        m.TimedStepStartedAt = null;
        return null;
    });

    public Task<Result> StartTimedStepAsync(Guid meetingId, Guid facilitatorId, int step) => Apply(meetingId, facilitatorId, (m, module) =>
    {
        var assignment = LiveStates.CurrentAssignment(module, m);
        if (assignment is null || step < 0 || step >= assignment.TimedSteps.Count) return Ui.Console_NoSuchItem;
        m.TimedStepIndex = step;
        m.TimedStepStartedAt = Now;
        return null;
    });

    public Task<Result> StopTimedStepAsync(Guid meetingId, Guid facilitatorId) => Apply(meetingId, facilitatorId, (m, _) =>
    {
        m.TimedStepIndex = null;
        m.TimedStepStartedAt = null;
        return null;
    });

    /// <summary>
    /// Closes the meeting (also one held on paper that never ran here) and schedules the follow-up reminder
    /// for the end of the module's follow-up period.
    /// </summary>
    public Task<Result> CloseAsync(Guid meetingId, Guid facilitatorId) => ApplyAsync(meetingId, facilitatorId, async (m, module) =>
    {
        if (m.Clock.StartedAt is { } started) m.Clock.ElapsedSeconds += (int)Math.Max(0, (Now - started).TotalSeconds);
        m.Clock.StartedAt = null;
        m.Status = MeetingStatus.Closed;
        m.ClosedAt = Now;
        var weeks = module.IndividualAction!.Scale.FollowUpWeeks;
        await scheduler.ScheduleAsync(FollowUpReminders.Kind, m.Id, FollowUpReminders.DueAt(m, weeks));
        return null;
    });

    /// <summary>Loads the meeting as its facilitator, applies the change, stores it with a revision check, then tells the screens.</summary>
    private Task<Result> Apply(Guid meetingId, Guid facilitatorId, Func<Meeting, ModulePack, string?> change) =>
        ApplyAsync(meetingId, facilitatorId, (m, module) => Task.FromResult(change(m, module)));

    private async Task<Result> ApplyAsync(Guid meetingId, Guid facilitatorId, Func<Meeting, ModulePack, Task<string?>> change)
    {
        for (var attempt = 0; ; attempt++)
        {
            var meeting = await db.Meetings.FirstOrDefaultAsync(m => m.Id == meetingId && m.FacilitatorId == facilitatorId);
            if (meeting is null) return new(null, Ui.Console_NotYourMeeting);
            if (meeting.Status is MeetingStatus.Closed or MeetingStatus.Cancelled)
                return new(null, meeting.Status == MeetingStatus.Closed ? Ui.Console_AlreadyClosed : Ui.Meeting_IsCancelled);
            var module = await catalogue.ByVersionIdAsync<ModulePack>(meeting.ModuleVersionId) ?? throw new InvalidOperationException("Module version missing.");
            if (await change(meeting, module) is { } error) return new(null, error);
            meeting.Revision++;
            try
            {
                await db.SaveChangesAsync();
            }
            catch (DbUpdateConcurrencyException) when (attempt < 2)
            {
                db.ChangeTracker.Clear(); // someone else changed it first: redo the command on the new state
                continue;
            }
            var state = LiveStates.Of(meeting, module, Now);
            await events.PublishAsync(new StateChanged(meetingId, state));
            return new(state, null);
        }
    }
}

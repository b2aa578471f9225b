using Leerruimte.Features.Modules;

namespace Leerruimte.Features.Meetings.Live;

public static class LiveStates
{
    public static AgendaItem CurrentItem(ModulePack module, Meeting meeting) =>
        module.Facilitator!.Agenda[Math.Clamp(meeting.AgendaIndex, 0, module.Facilitator.Agenda.Count - 1)];

    public static Assignment? CurrentAssignment(ModulePack module, Meeting meeting) =>
        module.FindAssignment(CurrentItem(module, meeting).Assignment);

    public static LiveState Of(Meeting meeting, ModulePack module, DateTime now)
    {
        var item = CurrentItem(module, meeting);
        var assignment = module.FindAssignment(item.Assignment);
        var step = meeting.TimedStepIndex is { } i && assignment is not null && i < assignment.TimedSteps.Count ? assignment.TimedSteps[i] : null;
        return new LiveState(
            meeting.Status, meeting.AgendaIndex, module.Facilitator!.Agenda.Count, item.Title!, assignment?.Id,
            item.Minutes * 60, meeting.Clock.StartedAt, meeting.Clock.ElapsedSeconds, meeting.Clock.ExtraSeconds,
            step is null ? null : meeting.TimedStepIndex, step?.Title, step is null ? null : meeting.TimedStepStartedAt, (step?.Minutes ?? 0) * 60,
            meeting.StartedAt, meeting.Revision, now);
    }
}

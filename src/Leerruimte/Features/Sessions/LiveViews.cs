namespace Leerruimte.Features.Sessions;

/// <summary>A note as screens show it; the author is left out on an anonymous step, and for a note written on one.</summary>
public sealed record BoardItemView(Guid Id, int StepIndex, string? StepKey, string? Column, int? GroupNumber, string Text, string? AuthorName, Guid? AuthorId, DateTime CreatedAt)
{
    public static BoardItemView Of(BoardItem item, SessionScript script, string? authorName)
    {
        var anonymous = item.Anonymous || (item.StepIndex < script.Steps.Count && script.Steps[item.StepIndex].Anonymous);
        return new(item.Id, item.StepIndex, item.StepKey, item.Column, item.GroupNumber, item.Text,
            anonymous ? null : authorName, anonymous ? null : item.AuthorId, item.CreatedAt);
    }
}

public sealed record GroupView(int Number, IReadOnlyList<GroupPersonView> People);

public sealed record GroupPersonView(Guid Id, string Name);

public sealed record AttendeeView(Guid Id, string Name, bool Present);

/// <summary>
/// The live state every screen needs. Times are UTC; clocks are <see cref="Countdown"/>s, which each screen draws
/// itself, corrected by the difference between <see cref="ServerNow"/> and its own clock.
/// </summary>
public sealed record LiveState(
    SessionStatus Status,
    int StepIndex,
    int StepCount,
    string StepTitle,
    string? StepKey,
    IReadOnlyList<BoardColumn> Columns,
    Countdown Clock,
    int? SubTimerIndex,
    string? SubTimerTitle,
    Countdown? SubTimer,
    DateTime? StartedAt,
    IReadOnlyList<string> AddedSteps,
    IReadOnlyList<int> AnonymousSteps,
    bool Anonymous,
    int Revision,
    DateTime ServerNow)
{
    public bool IsRunning => Status == SessionStatus.Running;

    public static LiveState Of(LiveSession session, SessionScript script, DateTime now)
    {
        var step = script.At(session.StepIndex);
        var timer = session.SubTimerIndex is { } i && i < step.SubTimers.Count && session.SubTimerStartedAt is { } at ? step.SubTimers[i] : null;
        return new LiveState(
            session.Status, session.StepIndex, script.Steps.Count, step.Title, step.Key, step.Columns,
            Countdown.Of(session.Clock, step.Minutes * 60),
            timer is null ? null : session.SubTimerIndex, timer?.Title,
            timer is null ? null : Countdown.Timer(session.SubTimerStartedAt!.Value, timer.Minutes * 60),
            session.StartedAt, session.AddedSteps, session.AnonymousSteps, step.Anonymous, session.Revision, now);
    }
}

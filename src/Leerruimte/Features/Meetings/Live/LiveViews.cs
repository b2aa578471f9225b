namespace Leerruimte.Features.Meetings.Live;

/// <summary>A board item as screens show it; the author's name is left out on anonymous assignments.</summary>
public sealed record BoardItemView(Guid Id, int AgendaIndex, string? AssignmentId, int? GroupNumber, string Text, string? AuthorName, Guid? AuthorId, DateTime CreatedAt)
{
    /// <summary>A stored note as screens show it: without its author on an anonymous assignment.</summary>
    public static BoardItemView Of(BoardItem item, Modules.ModulePack module, string? authorName)
    {
        var anonymous = module.FindAssignment(item.AssignmentId)?.Anonymous ?? false;
        return new(item.Id, item.AgendaIndex, item.AssignmentId, item.GroupNumber, item.Text,
            anonymous ? null : authorName, anonymous ? null : item.AuthorId, item.CreatedAt);
    }
}

public sealed record GroupView(int Number, IReadOnlyList<GroupPersonView> People);

public sealed record GroupPersonView(Guid Id, string Name);

/// <summary>
/// The live state every screen needs. Times are UTC; each screen computes its own countdown from them,
/// corrected by the difference between <see cref="ServerNow"/> and its own clock.
/// </summary>
public sealed record LiveState(
    MeetingStatus Status,
    int AgendaIndex,
    int AgendaCount,
    string ItemTitle,
    string? AssignmentId,
    int PlannedSeconds,
    DateTime? ClockStartedAt,
    int ElapsedSeconds,
    int ExtraSeconds,
    int? TimedStepIndex,
    string? TimedStepTitle,
    DateTime? TimedStepStartedAt,
    int TimedStepSeconds,
    DateTime? StartedAt,
    int Revision,
    DateTime ServerNow)
{
    public int RemainingSeconds(DateTime now) =>
        PlannedSeconds + ExtraSeconds - ElapsedSeconds - (ClockStartedAt is { } s ? (int)Math.Max(0, (now - s).TotalSeconds) : 0);

    public int TimedStepRemaining(DateTime now) =>
        TimedStepStartedAt is { } s ? TimedStepSeconds - (int)Math.Max(0, (now - s).TotalSeconds) : TimedStepSeconds;
}

namespace Leerruimte.Features.Sessions;

/// <summary>
/// What a record came from: the host of a live session (a team meeting today; a case consultation, a board
/// session or a training session later). Stored as two columns, OriginKind and OriginId, so tasks, personal
/// actions and form responses can point at any host without a foreign key per kind.
/// </summary>
public readonly record struct Origin(string Kind, Guid Id)
{
    public const string MeetingKind = "meeting";

    /// <summary>The longest kind name a column holds.</summary>
    public const int MaxKindLength = 40;

    public static Origin Meeting(Guid meetingId) => new(MeetingKind, meetingId);
}

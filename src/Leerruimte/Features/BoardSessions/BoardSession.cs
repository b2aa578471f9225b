using Leerruimte.Data;
using Leerruimte.Features.Sessions;
using Leerruimte.Tenancy;

namespace Leerruimte.Features.BoardSessions;

public enum BoardSessionStatus { Planned = 0, Running = 1, Closed = 2 }

/// <summary>
/// The weekly board session (bordsessie): fifteen minutes standing at the team's board, by the board-session work
/// form (check-in, successes, goals, actions, planning). It runs on the live-session kernel; the team's goals are on
/// the board and its actions carry over from week to week.
/// </summary>
public sealed class BoardSession : IOrganisationOwned, IHasCreatedAt
{
    public const string Kind = "board-session";

    /// <summary>The work form whose steps a board session follows.</summary>
    public const string MethodId = "bordsessie";

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid TeamId { get; set; }
    public Guid MethodPackVersionId { get; set; }
    public DateTime StartsAt { get; set; }
    public int DurationMinutes { get; set; }
    public string? Place { get; set; }
    public Guid ChairId { get; set; }

    /// <summary>What an hour here counts as for the register: none unless the planner chose one.</summary>
    public LearningLog.ActivityKind RegisterCategory { get; set; } = LearningLog.ActivityKind.Other;
    public BoardSessionStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }

    public Guid SessionId { get; set; }
    public LiveSession? Session { get; set; }

    public Origin Origin => new(Kind, Id);
}

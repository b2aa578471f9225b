using Leerruimte.Data;
using Leerruimte.Features.Sessions;
using Leerruimte.Tenancy;

namespace Leerruimte.Features.TeamActions;

public enum TeamActionStatus { Open = 0, Done = 1, Dropped = 2 }

/// <summary>
/// An action on the team's list (not a personal action): what, who, by when, and the session it came from (a
/// consultation, a board session, a meeting). An open action comes back at every next session of that kind in the
/// team until it is closed.
/// </summary>
public sealed class TeamAction : IOrganisationOwned, IHasCreatedAt, IHasOrigin
{
    public const int MaxText = 500;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid TeamId { get; set; }
    public required string Text { get; set; }
    public Guid? OwnerId { get; set; }
    public DateOnly? DueDate { get; set; }
    public TeamActionStatus Status { get; set; }
    public required string OriginKind { get; set; }
    public Guid OriginId { get; set; }

    /// <summary>The board note it was made from, if any: one note makes one action.</summary>
    public Guid? FromItemId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ClosedAt { get; set; }

    /// <summary>At how many sessions of its kind it has been open: the one it came from, plus each later one that closed with it still open.</summary>
    public int SessionsOpen { get; set; } = 1;

    /// <summary>Open at three sessions in a row: the screens mark it, so the team looks at why it does not move.</summary>
    public const int StuckAfter = 3;
}

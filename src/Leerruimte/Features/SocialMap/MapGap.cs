using Leerruimte.Data;
using Leerruimte.Infrastructure.Privacy;
using Leerruimte.Tenancy;

namespace Leerruimte.Features.SocialMap;

public enum GapStatus { Open = 0, Closed = 1 }

/// <summary>
/// A gap the team noticed in its social map (hiaat): what is missing, which team member will close it, and whether it
/// is closed. Its text passes the privacy guard, since a client's situation may be how the gap was found.
/// </summary>
public sealed class MapGap : IOrganisationOwned, IHasCreatedAt
{
    public const int MaxText = 1000;

    /// <summary>Gaps per team, closed ones included.</summary>
    public const int MaxPerTeam = 200;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid TeamId { get; set; }
    public required string Text { get; set; }
    public Guid? OwnerId { get; set; }
    public GapStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public List<GapConfirmation> Confirmations { get; set; } = [];
}

/// <summary>The writer's word that something the guard marked in a gap's text is not identifying: kept so it is not asked again.</summary>
public sealed class GapConfirmation : IOrganisationOwned, IGuardConfirmation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid GapId { get; set; }
    public IdentifyingKind Kind { get; set; }
    public required string Key { get; set; }
    public Guid? ConfirmedById { get; set; }
    public DateTime ConfirmedAt { get; set; }
}

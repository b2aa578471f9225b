using Leerruimte.Data;
using Leerruimte.Tenancy;

namespace Leerruimte.Features.SocialMap;

/// <summary>
/// A partner or service on a team's social map (sociale kaart): an organisation in the team's area, what it offers,
/// the role to ask for there (and the professional's name if the team knows it), and how to reach them. Never a client.
/// Everyone in the team sees and edits it; nobody else.
/// </summary>
public sealed class Partner : IOrganisationOwned, IHasCreatedAt
{
    public const int MaxName = 200;
    public const int MaxOffer = 2000;
    public const int MaxRole = 200;
    public const int MaxReach = 500;

    /// <summary>Partners per team: more than any neighbourhood holds, and a bound on what one team can store.</summary>
    public const int MaxPerTeam = 500;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid TeamId { get; set; }
    public required string Name { get; set; }
    public required string Offer { get; set; }
    public required string ContactRole { get; set; }
    public string? ContactName { get; set; }
    public string? Reach { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

using Leerruimte.Data;
using Leerruimte.Tenancy;

namespace Leerruimte.Features.KnowledgeMap;

/// <summary>
/// A named specialist (aandachtsfunctionaris): a team member the team can ask about a topic, such as the reporting code
/// for domestic violence or debts. Named by that member or by a team leader of the team.
/// </summary>
public sealed class Specialist : IOrganisationOwned, IHasCreatedAt
{
    public const int MaxTopic = 100;

    /// <summary>Named specialists per team: many topics for each member of a large team.</summary>
    public const int MaxPerTeam = 300;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid TeamId { get; set; }
    public Guid PersonId { get; set; }
    public required string Topic { get; set; }
    public Guid? NamedById { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>
/// A member's consent that the knowledge map of this team shows the strengths of their latest finished measurement
/// (<see cref="MeterStrengths"/>). Its existence is the consent: none by default, deleted when revoked.
/// </summary>
public sealed class KnowledgeConsent : IOrganisationOwned, IHasCreatedAt
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid TeamId { get; set; }
    public Guid PersonId { get; set; }
    public DateTime CreatedAt { get; set; }
}

using Leerruimte.Data;
using Leerruimte.Tenancy;

namespace Leerruimte.Features.Teams;

public sealed class Team : IOrganisationOwned, IHasCreatedAt
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public DateTime CreatedAt { get; set; }
    public List<TeamMembership> Memberships { get; set; } = [];
}

using Leerruimte.Features.People;
using Leerruimte.Tenancy;

namespace Leerruimte.Features.Teams;

public sealed class TeamMembership : IOrganisationOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid TeamId { get; set; }
    public Team? Team { get; set; }
    public Guid PersonId { get; set; }
    public Person? Person { get; set; }
    public TeamRole Role { get; set; }
}

using Leerruimte.Data;
using Leerruimte.Features.Teams;
using Leerruimte.Tenancy;
using Microsoft.AspNetCore.Identity;

namespace Leerruimte.Features.People;

/// <summary>A person with an account (medewerker); belongs to one organisation and may be in several teams.</summary>
public sealed class Person : IdentityUser<Guid>, IOrganisationOwned, IHasCreatedAt
{
    public Person() => Id = Guid.CreateVersion7();

    public Guid OrganisationId { get; set; }
    public string DisplayName { get; set; } = "";
    public DateTime CreatedAt { get; set; }

    /// <summary>The number a professional register (Registerplein) gave them, typed by the person; on their declarations.</summary>
    public string? RegisterNumber { get; set; }

    public List<TeamMembership> Memberships { get; set; } = [];
}

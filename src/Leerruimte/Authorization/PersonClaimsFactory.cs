using System.Security.Claims;
using Leerruimte.Data;
using Leerruimte.Features.People;
using Leerruimte.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Leerruimte.Authorization;

/// <summary>
/// Puts the organisation, the display name and the roles from team memberships into the sign-in cookie.
/// The cookie is rebuilt from the database at every check of the sign-in (<see cref="SignInRevalidation"/>), so
/// new teams and roles reach it within that interval without signing anyone out; only blocking someone (or a
/// new password) changes the security stamp and ends their sign-ins.
/// </summary>
public sealed class PersonClaimsFactory(
    UserManager<Person> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options,
    LeerruimteDb db, TenantContext tenant)
    : UserClaimsPrincipalFactory<Person, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Person person)
    {
        tenant.Enter(person.OrganisationId);
        var identity = await base.GenerateClaimsAsync(person);
        identity.AddClaim(new Claim(CurrentUser.OrganisationClaim, person.OrganisationId.ToString()));
        identity.AddClaim(new Claim(ClaimTypes.GivenName, person.DisplayName));
        var teamRoles = await db.TeamMemberships.Where(m => m.PersonId == person.Id).Select(m => m.Role).Distinct().ToListAsync();
        foreach (var role in teamRoles.Select(Roles.For).Distinct())
            identity.AddClaim(new Claim(identity.RoleClaimType, role));
        return identity;
    }
}

using System.Security.Claims;
using Leerruimte.Tenancy;

namespace Leerruimte.Authorization;

/// <summary>Who is asking, read once from the claims of the request or circuit; it also opens the tenant scope.</summary>
public sealed class CurrentUser(TenantContext tenant)
{
    public const string OrganisationClaim = "leerruimte:org";

    public ClaimsPrincipal Principal { get; private set; } = new(new ClaimsIdentity());
    public Guid? PersonId { get; private set; }
    public Guid? OrganisationId => tenant.OrganisationId;
    public bool IsAuthenticated => PersonId is not null;
    public string DisplayName => Principal.FindFirstValue(ClaimTypes.GivenName) ?? Principal.Identity?.Name ?? "";

    public bool IsInRole(string role) => Principal.IsInRole(role);
    public bool IsAdmin => IsInRole(Roles.Admin);
    public bool SeesFacilitatorContent => IsAdmin || IsInRole(Roles.Facilitator) || IsInRole(Roles.Trainer);

    public void Set(ClaimsPrincipal principal)
    {
        Principal = principal;
        PersonId = null;
        if (principal.Identity?.IsAuthenticated != true) return;
        if (Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var person)
            && Guid.TryParse(principal.FindFirstValue(OrganisationClaim), out var organisation))
        {
            PersonId = person;
            tenant.Enter(organisation);
        }
    }

    public Guid RequirePersonId() => PersonId ?? throw new InvalidOperationException("No signed-in person.");
}

using System.Security.Claims;
using Leerruimte.Data;
using Leerruimte.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Leerruimte.Authorization;

/// <summary>
/// Whether sign-ins read some time ago still hold: the person exists, is not blocked, and their security stamp
/// is still the one in the claims. The stamp changes when an admin blocks someone and when they set a new
/// password. Used for what stays open long after its sign-in was read: the console and beamer circuits and
/// the phones' live connections. One query for any number of sign-ins, so checking every open phone of an
/// instance stays one query, not one per person.
/// </summary>
public sealed class SignInCheck(IServiceScopeFactory scopes, IOptions<IdentityOptions> identity, TimeProvider clock)
{
    public async Task<bool> StillValidAsync(ClaimsPrincipal principal, CancellationToken ct = default) =>
        (await WithdrawnAsync([principal], ct)).Count == 0;

    /// <summary>Those of <paramref name="principals"/> whose sign-in no longer holds.</summary>
    public async Task<IReadOnlySet<ClaimsPrincipal>> WithdrawnAsync(IReadOnlyCollection<ClaimsPrincipal> principals, CancellationToken ct = default)
    {
        var stampClaim = identity.Value.ClaimsIdentity.SecurityStampClaimType;
        var signIns = principals.Select(p => (Principal: p, Person: PersonIdOf(p), Stamp: p.FindFirstValue(stampClaim))).ToList();
        var ids = signIns.Where(s => s.Person is not null).Select(s => s.Person!.Value).Distinct().ToList();
        if (ids.Count == 0) return signIns.Select(s => s.Principal).ToHashSet();

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LeerruimteDb>();
        using var _ = scope.ServiceProvider.GetRequiredService<TenantContext>().OpenAccountLookup(); // people of every organisation
        var people = await db.Users.Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.SecurityStamp, p.LockoutEnabled, p.LockoutEnd })
            .ToDictionaryAsync(p => p.Id, ct);

        var now = clock.GetUtcNow();
        return signIns.Where(s => !(s.Person is { } id && people.TryGetValue(id, out var person)
                && person.SecurityStamp == s.Stamp
                && !(person.LockoutEnabled && person.LockoutEnd >= now)))
            .Select(s => s.Principal).ToHashSet();
    }

    private static Guid? PersonIdOf(ClaimsPrincipal principal) =>
        principal.Identity?.IsAuthenticated == true && Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}

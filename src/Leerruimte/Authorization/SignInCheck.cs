using System.Security.Claims;
using Leerruimte.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Leerruimte.Authorization;

/// <summary>
/// Whether sign-ins read some time ago still hold: their device's <see cref="SignInSession"/> was not signed out,
/// the person is not blocked, and their security stamp is still the one in the claims (it changes when an admin
/// blocks someone and when they set a new password, ending the sign-ins of all their devices). Used by the cookie
/// at every check and by what stays open long after its sign-in was read: the console and beamer circuits and
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
        var signIns = principals.Select(p => (Principal: p, Person: PersonIdOf(p), Session: SignInSessions.IdOf(p), Stamp: p.FindFirstValue(stampClaim))).ToList();
        var ids = signIns.Where(s => s.Person is not null).Select(s => s.Session).OfType<Guid>().Distinct().ToList();
        if (ids.Count == 0) return signIns.Select(s => s.Principal).ToHashSet();

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LeerruimteDb>();
        // Sessions (and their people) of every organisation: each id comes from the cookie of the device holding it.
        var sessions = db.SignInSessions.IgnoreQueryFilters([TenantFilters.Name]);
        var found = await sessions.Where(s => ids.Contains(s.Id))
            .Select(s => new { s.Id, s.PersonId, s.SeenAt, s.Person!.SecurityStamp, s.Person.LockoutEnabled, s.Person.LockoutEnd })
            .ToDictionaryAsync(s => s.Id, ct);

        var now = clock.GetUtcNow();
        var stale = found.Values.Where(s => s.SeenAt < now.UtcDateTime - SignInSessions.SeenPrecision).Select(s => s.Id).ToList();
        if (stale.Count > 0)
            await sessions.Where(s => stale.Contains(s.Id)).ExecuteUpdateAsync(u => u.SetProperty(s => s.SeenAt, now.UtcDateTime), ct);

        return signIns.Where(s => !(s.Session is { } session && found.TryGetValue(session, out var row)
                && row.PersonId == s.Person
                && row.SecurityStamp == s.Stamp
                && !(row.LockoutEnabled && row.LockoutEnd >= now)))
            .Select(s => s.Principal).ToHashSet();
    }

    private static Guid? PersonIdOf(ClaimsPrincipal principal) =>
        principal.Identity?.IsAuthenticated == true && Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}

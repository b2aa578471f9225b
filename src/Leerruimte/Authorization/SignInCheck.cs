using System.Security.Claims;
using Leerruimte.Features.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Leerruimte.Authorization;

/// <summary>
/// Whether a sign-in read some time ago still holds: the person exists, is not blocked, and their security stamp
/// is still the one in the claims. The stamp changes when an admin blocks someone or changes their roles or
/// teams, and when they set a new password. Used for what stays open long after its sign-in was read: the
/// console and beamer circuits and the phones' live connections.
/// </summary>
public sealed class SignInCheck(IServiceScopeFactory scopes, IOptions<IdentityOptions> identity)
{
    public async Task<bool> StillValidAsync(ClaimsPrincipal principal, CancellationToken ct = default)
    {
        if (principal.Identity?.IsAuthenticated != true) return false;
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<CurrentUser>().Set(principal); // the person is found within their organisation
        var users = services.GetRequiredService<UserManager<Person>>();
        var person = await users.GetUserAsync(principal);
        return person is not null
            && !await users.IsLockedOutAsync(person)
            && principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType) == await users.GetSecurityStampAsync(person);
    }
}

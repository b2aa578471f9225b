using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace Leerruimte.Authorization;

/// <summary>
/// An open circuit (console, beamer) checks its sign-in again as often as the cookie does; when it no longer
/// holds, the circuit's authentication state turns anonymous and the page stops showing the meeting.
/// </summary>
internal sealed class RevalidatingSignIn(ILoggerFactory logging, SignInCheck check, SignInRevalidation revalidation)
    : RevalidatingServerAuthenticationStateProvider(logging)
{
    protected override TimeSpan RevalidationInterval => revalidation.Interval;

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken ct) =>
        check.StillValidAsync(state.User, ct);
}

/// <summary>How often a sign-in is checked against the database (cookie, circuits, live connections). One minute
/// unless <c>Identity:RevalidationInterval</c> says otherwise (the browser tests shorten it).</summary>
public sealed record SignInRevalidation(TimeSpan Interval)
{
    public static readonly TimeSpan Default = TimeSpan.FromMinutes(1);
}

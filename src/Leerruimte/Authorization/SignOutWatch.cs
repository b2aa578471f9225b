using Microsoft.AspNetCore.Components.Authorization;

namespace Leerruimte.Authorization;

/// <summary>Tells an interactive page, once, that its sign-in was withdrawn while it was open.</summary>
public sealed class SignOutWatch : IDisposable
{
    private readonly AuthenticationStateProvider authentication;
    private readonly Func<Task> onSignedOut;
    private int fired;

    public SignOutWatch(AuthenticationStateProvider authentication, Func<Task> onSignedOut)
    {
        this.authentication = authentication;
        this.onSignedOut = onSignedOut;
        authentication.AuthenticationStateChanged += Changed;
    }

    private async void Changed(Task<AuthenticationState> next)
    {
        try
        {
            var state = await next;
            if (state.User.Identity?.IsAuthenticated == true || Interlocked.Exchange(ref fired, 1) == 1) return;
            await onSignedOut();
        }
        catch (ObjectDisposedException) { } // the circuit went away meanwhile
    }

    public void Dispose() => authentication.AuthenticationStateChanged -= Changed;
}

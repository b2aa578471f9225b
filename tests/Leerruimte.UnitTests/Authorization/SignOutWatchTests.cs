using System.Security.Claims;
using Leerruimte.Authorization;
using Microsoft.AspNetCore.Components.Authorization;

namespace Leerruimte.UnitTests.Authorization;

public sealed class SignOutWatchTests
{
    private sealed class TestAuthentication : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => throw new NotSupportedException();

        public void Change(bool signedIn) => NotifyAuthenticationStateChanged(Task.FromResult(new AuthenticationState(
            new ClaimsPrincipal(signedIn ? new ClaimsIdentity([new Claim(ClaimTypes.Name, "Aylin")], "cookie") : new ClaimsIdentity()))));
    }

    [Fact]
    public void A_renewed_sign_in_is_not_a_sign_out()
    {
        var authentication = new TestAuthentication();
        var calls = 0;
        using var watch = new SignOutWatch(authentication, () => { calls++; return Task.CompletedTask; });

        authentication.Change(signedIn: true);

        Assert.Equal(0, calls);
    }

    [Fact]
    public void A_withdrawn_sign_in_is_reported_once()
    {
        var authentication = new TestAuthentication();
        var calls = 0;
        using var watch = new SignOutWatch(authentication, () => { calls++; return Task.CompletedTask; });

        authentication.Change(signedIn: false);
        authentication.Change(signedIn: false);

        Assert.Equal(1, calls);
    }

    [Fact]
    public void Nothing_is_reported_after_the_page_went_away()
    {
        var authentication = new TestAuthentication();
        var calls = 0;
        var watch = new SignOutWatch(authentication, () => { calls++; return Task.CompletedTask; });

        watch.Dispose();
        authentication.Change(signedIn: false);

        Assert.Equal(0, calls);
    }
}

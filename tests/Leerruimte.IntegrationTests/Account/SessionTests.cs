using Leerruimte.Authorization;
using Leerruimte.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Leerruimte.IntegrationTests.Meetings;

namespace Leerruimte.IntegrationTests.Account;

public sealed class SessionTests(FakeClockApp app) : IClassFixture<FakeClockApp>
{
    [Fact]
    public async Task A_session_survives_the_periodic_check_of_the_sign_in()
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);

        app.Clock.Advance(TimeSpan.FromMinutes(5)); // past the revalidation interval
        var later = await member.GetAsync("/modules");

        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
    }

    [Fact]
    public async Task A_blocked_person_is_signed_out_at_the_next_check()
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);
        await app.BlockAsync(org, org.Member);

        app.Clock.Advance(TimeSpan.FromMinutes(5));
        var later = await member.GetAsync("/modules");

        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);
    }

    [Fact]
    public async Task A_cookie_copied_before_signing_out_stops_working_at_the_next_check_and_another_device_stays_signed_in()
    {
        var org = await app.CreateOrganisationAsync();
        var laptopCookie = await app.LoginCookieAsync(org.Member);
        var laptop = app.BrowserWith(laptopCookie);
        var copy = app.BrowserWith(laptopCookie);
        var phone = app.BrowserWith(await app.LoginCookieAsync(org.Member));

        var signedOut = await laptop.SignOutAsync();
        var copyAtOnce = await copy.GetAsync("/modules");
        app.Clock.Advance(SignInRevalidation.Default + TimeSpan.FromSeconds(1));
        var copyLater = await copy.GetAsync("/modules");
        var phoneLater = await phone.GetAsync("/modules");

        Assert.Equal(HttpStatusCode.Redirect, signedOut.Status);
        Assert.Equal(HttpStatusCode.OK, copyAtOnce.StatusCode); // until the next check (ADR 0009: at most the interval)
        Assert.Equal(HttpStatusCode.Redirect, copyLater.StatusCode);
        Assert.StartsWith("/inloggen", copyLater.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, phoneLater.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/modules")).StatusCode); // and stays so after its own renewal
    }

    [Fact]
    public async Task A_cookie_from_before_sessions_existed_ends_at_the_next_check()
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);
        await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().SignInSessions.IgnoreQueryFilters([TenantFilters.Name]).ExecuteDeleteAsync());

        app.Clock.Advance(SignInRevalidation.Default + TimeSpan.FromSeconds(1));

        Assert.Equal(HttpStatusCode.Redirect, (await member.GetAsync("/modules")).StatusCode);
    }

    [Fact]
    public async Task Sessions_of_sign_ins_long_gone_are_removed_when_the_person_signs_in_again()
    {
        var org = await app.CreateOrganisationAsync();
        await app.LoginAsync(org.Member);
        await app.LoginAsync(org.Member);
        var person = await app.PersonIdAsync(org.Member);

        app.Clock.Advance(SignInSessions.Forgotten + TimeSpan.FromHours(1));
        await app.LoginAsync(org.Member);

        Assert.Equal(1, await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().SignInSessions.IgnoreQueryFilters([TenantFilters.Name])
            .CountAsync(s => s.PersonId == person)));
    }
}

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
}

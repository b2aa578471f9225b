using Leerruimte.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Meetings;

/// <summary>Phones, the console and the beamer stay open for a whole meeting; a sign-in that ends meanwhile ends them too.</summary>
public sealed class LiveSignInTests(FakeClockApp app) : IClassFixture<FakeClockApp>
{
    [Fact]
    public async Task A_phone_of_someone_blocked_during_the_meeting_is_disconnected_at_the_next_check_and_cannot_come_back()
    {
        var (org, id) = await app.RunningMeetingAsync();
        var cookie = await app.LoginCookieAsync(org.Member);
        await using var blocked = await PhoneClient.ConnectWithCookieAsync(app, cookie);
        await using var colleague = await PhoneClient.ConnectAsync(app, org.Facilitator);
        await blocked.JoinAsync(id);
        await colleague.JoinAsync(id);

        await app.BlockAsync(org, org.Member);
        app.Clock.Advance(SignInRevalidation.Default + TimeSpan.FromSeconds(1));

        await Mail.Eventually.Until(() => blocked.State == HubConnectionState.Disconnected, what: "blocked phone disconnected");
        Assert.True(blocked.ToldSignedOut);
        Assert.Equal(HubConnectionState.Connected, colleague.State);
        Assert.Null((await colleague.AddAsync(id, "Na de controle")).Error);
        Assert.DoesNotContain("Na de controle", blocked.ReceivedTexts);
        await Assert.ThrowsAnyAsync<Exception>(() => PhoneClient.ConnectWithCookieAsync(app, cookie)); // 401 on the old cookie
    }

    [Fact]
    public async Task Signing_out_on_one_device_closes_that_devices_phone_at_the_next_check_and_not_another_devices()
    {
        var (org, id) = await app.RunningMeetingAsync();
        var firstCookie = await app.LoginCookieAsync(org.Member);
        var secondCookie = await app.LoginCookieAsync(org.Member);
        await using var first = await PhoneClient.ConnectWithCookieAsync(app, firstCookie);
        await using var second = await PhoneClient.ConnectWithCookieAsync(app, secondCookie);
        await first.JoinAsync(id);
        await second.JoinAsync(id);

        await app.BrowserWith(firstCookie).SignOutAsync();
        app.Clock.Advance(SignInRevalidation.Default + TimeSpan.FromSeconds(1));

        await Mail.Eventually.Until(() => first.State == HubConnectionState.Disconnected, what: "phone of the signed-out device disconnected");
        Assert.True(first.ToldSignedOut);
        Assert.Equal(HubConnectionState.Connected, second.State);
        Assert.Null((await second.AddAsync(id, "Nog steeds aan boord")).Error);
        await Assert.ThrowsAnyAsync<Exception>(() => PhoneClient.ConnectWithCookieAsync(app, firstCookie)); // 401 on the signed-out cookie
    }

    [Fact]
    public async Task The_check_for_open_screens_ends_with_the_session_it_belongs_to_only()
    {
        var org = await app.CreateOrganisationAsync();
        var console = await app.SignInPrincipalAsync(org.Facilitator);
        var beamer = await app.SignInPrincipalAsync(org.Facilitator);
        var check = app.Services.GetRequiredService<SignInCheck>();

        await app.InScopeAsync(async sp =>
        {
            sp.GetRequiredService<CurrentUser>().Set(console);
            await sp.GetRequiredService<SignInSessions>().EndAsync(console);
        });

        Assert.False(await check.StillValidAsync(console));
        Assert.True(await check.StillValidAsync(beamer));
    }

    [Fact]
    public async Task Joining_another_team_signs_nobody_out_and_the_new_role_arrives_at_the_next_check()
    {
        var (org, id) = await app.RunningMeetingAsync();
        var member = await app.LoginAsync(org.Member);
        await using var phone = await PhoneClient.ConnectAsync(app, org.Member);
        await phone.JoinAsync(id);
        var admin = await app.LoginAsync(org.Admin);
        var team = await app.TeamIdAsync(org, org.OtherTeam);

        const string facilitatorPart = "/modules/eigen-kracht-zelfregie/procesbegeleider";
        var before = await member.GetAsync(facilitatorPart);

        await (await admin.PageAsync($"/beheer/teams/{team}")).SubmitAsync(admin, "add-member",
            new Dictionary<string, string> { ["Add.Email"] = org.Member, ["Add.Role"] = "Facilitator" });
        app.Clock.Advance(SignInRevalidation.Default + TimeSpan.FromSeconds(1));
        await Task.Delay(200); // give the live check its tick
        var after = await member.GetAsync(facilitatorPart);

        Assert.NotEqual(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode); // still signed in, and the renewed cookie carries the new role
        Assert.Equal(HubConnectionState.Connected, phone.State);
        Assert.Null((await phone.AddAsync(id, "Nog steeds aan boord")).Error);
    }

    [Fact]
    public async Task The_check_for_open_screens_holds_for_a_current_sign_in_and_not_after_blocking()
    {
        var org = await app.CreateOrganisationAsync();
        var principal = await app.SignInPrincipalAsync(org.Facilitator);
        var check = app.Services.GetRequiredService<SignInCheck>();

        var before = await check.StillValidAsync(principal);
        await app.BlockAsync(org, org.Facilitator);
        var after = await check.StillValidAsync(principal);

        Assert.True(before);
        Assert.False(after);
        await using var scope = app.Services.CreateAsyncScope();
        Assert.IsType<RevalidatingSignIn>(scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>());
    }
}

namespace Leerruimte.IntegrationTests.Meetings;

public sealed class JoinCodeTests(FakeClockApp app) : IClassFixture<FakeClockApp>
{
    [Fact]
    public async Task An_invitee_typing_the_code_lands_on_the_meeting()
    {
        var org = await app.CreateOrganisationAsync();
        var id = await app.PlanMeetingAsync(org, at: app.UtcNow.AddMinutes(30));
        var code = (await app.MeetingAsync(id)).JoinCode;
        var member = await app.LoginAsync(org.Member);

        var typed = await member.GetAsync($"/meedoen?code={code.ToLowerInvariant().Insert(3, " ")}");
        var scanned = await member.GetAsync($"/m/{code}");

        Assert.Equal($"/bijeenkomsten/{id}/meedoen", typed.Headers.Location!.OriginalString.Replace("http://localhost", ""));
        Assert.Equal(HttpStatusCode.Redirect, scanned.StatusCode);
    }

    [Fact]
    public async Task A_code_of_a_closed_meeting_has_expired()
    {
        var org = await app.CreateOrganisationAsync();
        var id = await app.PlanMeetingAsync(org, at: app.UtcNow.AddMinutes(10));
        await app.ConsoleAsync(org.Facilitator, (c, me) => c.StartAsync(id, me));
        await app.ConsoleAsync(org.Facilitator, (c, me) => c.CloseAsync(id, me));

        var page = await (await app.LoginAsync(org.Member)).PageAsync($"/m/{(await app.MeetingAsync(id)).JoinCode}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Deze code is verlopen", page.Text);
    }

    [Fact]
    public async Task A_code_for_a_meeting_next_week_does_not_open_yet()
    {
        var org = await app.CreateOrganisationAsync();
        var id = await app.PlanMeetingAsync(org, at: app.UtcNow.AddDays(7));

        var page = await (await app.LoginAsync(org.Member)).PageAsync($"/m/{(await app.MeetingAsync(id)).JoinCode}");

        Assert.Contains("Deze code is verlopen", page.Text);
    }

    [Fact]
    public async Task Unknown_codes_and_codes_of_other_organisations_are_unknown_and_outsiders_are_not_let_in()
    {
        var (org, other) = (await app.CreateOrganisationAsync(), await app.CreateOrganisationAsync());
        var id = await app.PlanMeetingAsync(org, at: app.UtcNow.AddMinutes(5));
        var code = (await app.MeetingAsync(id)).JoinCode;

        var unknown = await (await app.LoginAsync(org.Member)).PageAsync("/m/ZZZZZZ");
        var foreign = await (await app.LoginAsync(other.Member)).PageAsync($"/m/{code}");
        var loner = await (await app.LoginAsync(org.Loner)).PageAsync($"/m/{code}");

        Assert.Contains("Deze code kennen we niet", unknown.Text);
        Assert.Contains("Deze code kennen we niet", foreign.Text);
        Assert.Contains("Je doet niet mee aan deze bijeenkomst", loner.Text);
    }

    [Fact]
    public async Task Joining_asks_anonymous_visitors_to_sign_in_first_and_brings_them_back()
    {
        var org = await app.CreateOrganisationAsync();
        var client = app.Browser();

        var challenge = await client.GetAsync("/m/ABC234");
        var login = await client.PageAsync(challenge.Headers.Location!.PathAndQuery);
        var signedIn = await login.SubmitAsync(client, "login", new Dictionary<string, string> { ["Input.Email"] = org.Member, ["Input.Password"] = World.Password });

        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        Assert.Equal("/m/ABC234", signedIn.Response.Headers.Location!.OriginalString.Replace("http://localhost", ""));
    }
}

using Leerruimte.Data;
using Leerruimte.Features.Consultations;
using Leerruimte.Features.Meetings;
using Leerruimte.Features.Sessions;
using Leerruimte.IntegrationTests.AgendaSessions;
using Leerruimte.IntegrationTests.Consultations;
using Leerruimte.IntegrationTests.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Sessions;

/// <summary>Joining any live session from a phone with its code (<c>/meedoen</c>, <c>/m/{code}</c>).</summary>
public sealed class JoinCodeTests(FakeClockApp app) : IClassFixture<FakeClockApp>
{
    private static string PathOf(HttpResponseMessage response) => response.Headers.Location!.OriginalString.Replace("http://localhost", "");

    [Fact]
    public async Task An_invitee_typing_the_code_lands_on_the_meeting()
    {
        var org = await app.CreateOrganisationAsync();
        var id = await app.PlanMeetingAsync(org, at: app.UtcNow.AddMinutes(30));
        var code = await app.JoinCodeOfAsync(id);
        var member = await app.LoginAsync(org.Member);

        var typed = await member.GetAsync($"/meedoen?code={code.ToLowerInvariant().Insert(3, " ")}");
        var scanned = await member.GetAsync($"/m/{code}");

        Assert.Equal($"/bijeenkomsten/{id}/meedoen", PathOf(typed));
        Assert.Equal(HttpStatusCode.Redirect, scanned.StatusCode);
    }

    [Fact]
    public async Task A_code_for_a_consultation_a_board_session_and_a_team_session_leads_the_phone_to_its_page()
    {
        var org = await app.CreateOrganisationAsync();
        var (consultation, _) = await app.ConsultationOnACaseAsync(org, org.Facilitator);
        var board = await PlanBoardSessionAsync(org, app.UtcNow.AddMinutes(20));
        var facilitator = await app.LoginAsync(org.Facilitator);
        var agenda = await (await app.ComposeAsync(facilitator, org, "brainstorm")).PlanAsync(facilitator);
        var member = await app.LoginAsync(org.Member);

        foreach (var (host, phone) in new[] { (consultation, $"/casusoverleg/{consultation}/meedoen"), (board, $"/bordsessies/{board}/meedoen"), (agenda, $"/teamsessies/{agenda}/meedoen") })
        {
            var code = await app.JoinCodeOfAsync(host);
            var typed = await member.GetAsync($"/meedoen?code={code.ToLowerInvariant().Insert(2, " ").Insert(5, "-")}");
            var scanned = await member.GetAsync($"/m/{code}");

            Assert.Equal(JoinCodes.Length, code.Length);
            Assert.Equal(phone, PathOf(typed));
            Assert.Equal(phone, PathOf(scanned));
        }
    }

    [Fact]
    public async Task A_code_of_a_closed_meeting_has_expired()
    {
        var org = await app.CreateOrganisationAsync();
        var id = await app.PlanMeetingAsync(org, at: app.UtcNow.AddMinutes(10));
        await app.ConsoleAsync(org.Facilitator, (c, me) => c.StartAsync(id, me));
        await app.ConsoleAsync(org.Facilitator, (c, me) => c.CloseAsync(id, me));

        var page = await (await app.LoginAsync(org.Member)).PageAsync($"/m/{await app.JoinCodeOfAsync(id)}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Deze code is verlopen", page.Text);
    }

    [Fact]
    public async Task A_code_of_a_closed_consultation_or_of_a_board_session_next_week_says_in_Dutch_that_it_has_expired()
    {
        var org = await app.CreateOrganisationAsync();
        var (consultation, _) = await app.ConsultationOnACaseAsync(org, org.Facilitator);
        await app.ChairAsync(org.Facilitator, consultation, (c, session, me) => c.StartAsync(session, me));
        await app.ChairAsync(org.Facilitator, consultation, (c, session, me) => c.CloseAsync(session, me));
        var board = await PlanBoardSessionAsync(org, app.UtcNow.AddDays(7));
        var member = await app.LoginAsync(org.Member);

        foreach (var host in new[] { consultation, board })
        {
            var page = await member.PageAsync($"/m/{await app.JoinCodeOfAsync(host)}");

            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Contains("Deze code is verlopen", page.Text);
        }
    }

    [Fact]
    public async Task The_code_of_a_cancelled_consultation_has_expired()
    {
        var org = await app.CreateOrganisationAsync();
        var (consultation, _) = await app.ConsultationOnACaseAsync(org, org.Facilitator);
        Assert.Null(await app.AsAsync(org.Facilitator, (sp, me) => sp.GetRequiredService<ChangeConsultation>().CancelAsync(consultation, me, ChangeConsultation.Scope.This)));

        var page = await (await app.LoginAsync(org.Member)).PageAsync($"/m/{await app.JoinCodeOfAsync(consultation)}");

        Assert.Contains("Deze code is verlopen", page.Text);
    }

    [Fact]
    public async Task A_code_for_a_meeting_next_week_does_not_open_yet()
    {
        var org = await app.CreateOrganisationAsync();
        var id = await app.PlanMeetingAsync(org, at: app.UtcNow.AddDays(7));

        var page = await (await app.LoginAsync(org.Member)).PageAsync($"/m/{await app.JoinCodeOfAsync(id)}");

        Assert.Contains("Deze code is verlopen", page.Text);
    }

    [Fact]
    public async Task Unknown_codes_and_codes_of_other_organisations_are_unknown_and_outsiders_are_not_let_in()
    {
        var (org, other) = (await app.CreateOrganisationAsync(), await app.CreateOrganisationAsync());
        var id = await app.PlanMeetingAsync(org, at: app.UtcNow.AddMinutes(5));
        var code = await app.JoinCodeOfAsync(id);

        var unknown = await (await app.LoginAsync(org.Member)).PageAsync("/m/ZZZZZZ");
        var foreign = await (await app.LoginAsync(other.Member)).PageAsync($"/m/{code}");
        var loner = await (await app.LoginAsync(org.Loner)).PageAsync($"/m/{code}");

        Assert.Contains("Deze code kennen we niet", unknown.Text);
        Assert.Contains("Deze code kennen we niet", foreign.Text);
        Assert.Contains("Je doet niet mee aan deze bijeenkomst", loner.Text);
    }

    [Fact]
    public async Task The_code_of_another_organisations_consultation_or_board_session_is_unknown()
    {
        var (org, other) = (await app.CreateOrganisationAsync(), await app.CreateOrganisationAsync());
        var (consultation, _) = await app.ConsultationOnACaseAsync(org, org.Facilitator);
        var board = await PlanBoardSessionAsync(org, app.UtcNow.AddMinutes(5));
        var outsider = await app.LoginAsync(other.Admin);

        foreach (var host in new[] { consultation, board })
        {
            var response = await outsider.GetAsync($"/m/{await app.JoinCodeOfAsync(host)}");
            var page = await outsider.PageAsync($"/m/{await app.JoinCodeOfAsync(host)}");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode); // not sent on to the other organisation's page
            Assert.Contains("Deze code kennen we niet", page.Text);
        }
    }

    [Theory]
    [InlineData("/m/%20")]
    [InlineData("/m/ABC%2F234")]
    [InlineData("/m/%F0%9F%98%80%F0%9F%98%80")]
    [InlineData("/m/'%3B--")]
    [InlineData("/meedoen?code=%00%01")]
    [InlineData("/meedoen?code=-%20-%20-")]
    [InlineData("/meedoen?code=abc&code=def")]
    [InlineData("/meedoen?code=%3Cscript%3E")]
    public async Task No_typed_code_gives_an_error_page(string address)
    {
        var org = await app.CreateOrganisationAsync();

        var response = await (await app.LoginAsync(org.Member)).GetAsync(address);

        Assert.True((int)response.StatusCode < 500, $"{address} gave {(int)response.StatusCode}");
    }

    [Fact]
    public async Task A_very_long_code_is_unknown_without_an_error()
    {
        var org = await app.CreateOrganisationAsync();

        var page = await (await app.LoginAsync(org.Member)).PageAsync($"/meedoen?code={new string('A', 4000)}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Deze code kennen we niet", page.Text);
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
        Assert.Equal("/m/ABC234", PathOf(signedIn.Response));
    }

    /// <summary>A board session planned by the facilitator with the team ticked, as the team page's form does; returns its id.</summary>
    private async Task<Guid> PlanBoardSessionAsync(TestOrganisation org, DateTime startsAt)
    {
        var client = await app.LoginAsync(org.Facilitator);
        var form = await client.PageAsync($"/teams/{await app.TeamIdAsync(org)}/bordsessies");
        var local = MeetingWorld.DutchTimeOf(startsAt);
        var ticked = form.Document.QuerySelectorAll($"input[name={InviteeChoice.FieldName}][checked]").Select(i => new KeyValuePair<string, string>(InviteeChoice.FieldName, i.GetAttribute("value")!));
        var planned = await form.SubmitAsync(client, "plan-board", new Dictionary<string, string>
        {
            ["Input.Date"] = local.ToString("yyyy-MM-dd"), ["Input.Time"] = local.ToString("HH:mm"), ["Input.RegisterCategory"] = "Other",
        }.Concat(ticked));
        Assert.Equal(HttpStatusCode.Redirect, planned.Status);
        return Guid.Parse(planned.Response.Headers.Location!.OriginalString.Split('/')[^2]);
    }
}

public static class JoinCodeWorld
{
    /// <summary>The join code of the session a host (meeting, consultation, board or team session) runs on.</summary>
    public static Task<string> JoinCodeOfAsync(this LeerruimteApp app, Guid host) =>
        app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().LiveSessions.IgnoreQueryFilters([TenantFilters.Name])
            .Where(s => s.OriginId == host).Select(s => s.JoinCode!).SingleAsync());
}

using Leerruimte.Data;
using Leerruimte.Features.LearningLog;
using Leerruimte.IntegrationTests.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Consultations;

/// <summary>Reflection hours without typing twice: who was there confirms on their phone, and the hours land in their log.</summary>
public sealed class AttendanceTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    private async Task<(TestOrganisation Org, Guid Id, HttpClient Member)> ClosedWithTheMemberPresentAsync(string category = "CaseConsultation")
    {
        var org = await app.CreateOrganisationAsync();
        var chair = await app.LoginAsync(org.Facilitator);
        var fields = ConsultationWorld.Plan(MeetingWorld.DutchTimeOf(app.UtcNow));
        fields["Input.RegisterCategory"] = category;
        var id = Guid.Parse((await chair.PlanConsultationAsync(await app.TeamIdAsync(org), fields)).Response.Headers.Location!.OriginalString.Split('/')[^1]);
        await app.ChairAsync(org.Facilitator, id, (c, s, me) => c.StartAsync(s, me));
        var member = await app.LoginAsync(org.Member);
        await member.PageAsync($"/casusoverleg/{id}/meedoen"); // joining in the room marks them present
        await app.ChairAsync(org.Facilitator, id, (c, s, me) => c.CloseAsync(s, me));
        return (org, id, member);
    }

    private static async Task<HtmlPage> ConfirmAsync(HttpClient client, Guid id) =>
        await (await client.PageAsync($"/casusoverleg/{id}/meedoen")).SubmitAsync(client, "confirm-attendance", []);

    private Task<List<LearningActivity>> LogOfAsync(string email) =>
        app.InScopeAsync(async sp =>
        {
            var person = await app.PersonIdAsync(email);
            return await sp.GetRequiredService<LeerruimteDb>().LearningActivities.IgnoreQueryFilters().Where(a => a.PersonId == person).ToListAsync();
        });

    [Fact]
    public async Task A_present_member_confirms_once_and_the_hours_are_in_their_learning_log_in_the_planned_category()
    {
        var (org, id, member) = await ClosedWithTheMemberPresentAsync();

        var confirmed = await ConfirmAsync(member, id);
        var again = await app.AsAsync(org.Member, async (sp, me) => await sp.GetRequiredService<Leerruimte.Features.Sessions.ConfirmAttendance>().HandleAsync((await app.ConsultationAsync(id)).SessionId, me));
        var phone = await member.PageAsync($"/casusoverleg/{id}/meedoen");
        var page = await member.PageAsync($"/casusoverleg/{id}");

        Assert.Contains("als Casuïstiekbespreking in je leerlogboek.", confirmed.Text);
        Assert.Null(again.Logged); // confirmed twice, logged once
        Assert.Contains("Je hebt bevestigd dat je erbij was.", phone.Text);
        var logged = Assert.Single(await LogOfAsync(org.Member));
        Assert.Equal(ActivityKind.CaseConsultation, logged.Kind);
        Assert.Equal("Casusoverleg: Actieleren", logged.Title);
        Assert.True(logged.Minutes >= 1);
        Assert.Contains("Zelf bevestigd", page.Text);
        var row = page.Document.QuerySelectorAll("tbody tr").Single(r => r.Children[0].TextContent.StartsWith("Teamlid"));
        Assert.Equal("ja", row.Children[1].TextContent.Trim());
        Assert.NotEqual("nog niet", row.Children[2].TextContent.Trim());
    }

    [Fact]
    public async Task Someone_not_noted_as_present_is_told_to_ask_the_chair_and_nothing_is_logged()
    {
        var (org, id, _) = await ClosedWithTheMemberPresentAsync();
        await app.AsAsync(org.Facilitator, async (sp, me) =>
            await sp.GetRequiredService<Leerruimte.Features.Sessions.SessionRoom>().SetPresentAsync((await app.ConsultationAsync(id)).SessionId, me, await app.PersonIdAsync(org.Member), false));

        var refused = await ConfirmAsync(await app.LoginAsync(org.Member), id);

        Assert.Contains("De voorzitter heeft je niet als aanwezig genoteerd.", refused.Text);
        Assert.Empty(await LogOfAsync(org.Member));
    }

    [Fact]
    public async Task A_session_that_counts_as_no_reflection_records_the_confirmation_but_logs_no_hours()
    {
        var (org, id, member) = await ClosedWithTheMemberPresentAsync("Other");

        var confirmed = await ConfirmAsync(member, id);

        Assert.Contains("Je hebt bevestigd dat je erbij was.", confirmed.Text);
        Assert.Empty(await LogOfAsync(org.Member));
    }

    [Fact]
    public async Task Before_the_close_nobody_can_confirm()
    {
        var org = await app.CreateOrganisationAsync();
        var (id, _) = await app.ConsultationOnACaseAsync(org, org.Facilitator);
        await app.ChairAsync(org.Facilitator, id, (c, s, me) => c.StartAsync(s, me));

        var result = await app.AsAsync(org.Member, async (sp, me) => await sp.GetRequiredService<Leerruimte.Features.Sessions.ConfirmAttendance>().HandleAsync((await app.ConsultationAsync(id)).SessionId, me));

        Assert.Equal("Je kunt je aanwezigheid bevestigen zodra het overleg is afgesloten.", result.Error);
    }
}

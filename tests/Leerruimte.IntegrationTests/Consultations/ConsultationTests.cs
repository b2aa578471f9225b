using Leerruimte.Data;
using Leerruimte.Features.Consultations;
using Leerruimte.Features.Sessions;
using Leerruimte.IntegrationTests.Cases;
using Leerruimte.IntegrationTests.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Consultations;

public sealed class ConsultationTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    [Fact]
    public async Task A_member_plans_an_action_learning_consultation_on_a_case_and_its_script_is_the_methods_five_steps()
    {
        var org = await app.CreateOrganisationAsync();
        var (id, _) = await app.ConsultationOnACaseAsync(org, org.Member);

        var page = await (await app.LoginAsync(org.Member)).PageAsync($"/casusoverleg/{id}");
        var script = await app.InScopeAsync(async sp =>
        {
            var session = await sp.GetRequiredService<LeerruimteDb>().LiveSessions.IgnoreQueryFilters().SingleAsync(s => s.OriginId == id);
            return await sp.GetRequiredService<SessionScripts>().OfAsync(session);
        });

        Assert.Equal("Actieleren", page.H1);
        Assert.Contains("Vader wil geen hulp bij de schulden", page.Text);
        Assert.Contains("Casuïstiekbespreking", page.Text);
        Assert.NotNull(page.Document.QuerySelector($"a[href='/casusoverleg/{id}/console']"));
        Assert.Equal(["Inbrengen", "Open vragen", "Richtingen en ideeën", "Keuze van de actie-eigenaar", "Actie"], script.Steps.Select(s => s.Title));
        Assert.Equal(45, script.Minutes);
    }

    [Fact]
    public async Task A_consultation_runs_on_the_kernel_and_its_chosen_idea_becomes_a_team_action_that_comes_back_next_time()
    {
        var org = await app.CreateOrganisationAsync();
        var (id, _) = await app.ConsultationOnACaseAsync(org, org.Facilitator);
        Assert.Null((await app.ChairAsync(org.Facilitator, id, (c, s, me) => c.StartAsync(s, me))).Error);
        await using var phone = await PhoneClient.ConnectAsync(app, org.Member);
        var session = (await app.ConsultationAsync(id)).SessionId;
        Assert.Null((await phone.JoinAsync(session)).Error);
        await app.ChairAsync(org.Facilitator, id, (c, s, me) => c.GoToAsync(s, me, 2));
        var idea = await phone.AddAsync(session, "Samen met hem de post openen");

        var (action, error) = await app.ActionFromAsync(org.Facilitator, id, idea.Item!.Text, idea.Item.Id);
        var again = await app.ActionFromAsync(org.Facilitator, id, idea.Item.Text, idea.Item.Id);
        await app.ChairAsync(org.Facilitator, id, (c, s, me) => c.CloseAsync(s, me));
        var list = await (await app.LoginAsync(org.Member)).PageAsync($"/teams/{await app.TeamIdAsync(org)}/acties");

        Assert.Null(error);
        Assert.Equal(action!.Id, again.Action!.Id); // one note makes one action
        Assert.Equal(ConsultationStatus.Closed, (await app.ConsultationAsync(id)).Status);
        Assert.Contains("Samen met hem de post openen", list.All(".app-cards h2"));
        Assert.Contains("Uit een casusoverleg", list.Text);
        var (next, _) = await app.ConsultationOnACaseAsync(org, org.Facilitator);
        var (fromNext, stillOpen) = await app.AsAsync(org.Facilitator, (sp, _) =>
            Leerruimte.Features.TeamActions.TeamActionList.ForSessionAsync(sp.GetRequiredService<LeerruimteDb>(), action.TeamId, new Origin(CaseConsultation.Kind, next)));
        Assert.Empty(fromNext);
        Assert.Equal(["Samen met hem de post openen"], stillOpen.Select(a => a.Text));
    }

    [Fact]
    public async Task A_note_that_seems_to_identify_a_client_is_refused_with_what_was_found_and_nothing_is_stored()
    {
        var org = await app.CreateOrganisationAsync();
        var (id, _) = await app.ConsultationOnACaseAsync(org, org.Facilitator);
        await app.ChairAsync(org.Facilitator, id, (c, s, me) => c.StartAsync(s, me));
        var session = (await app.ConsultationAsync(id)).SessionId;
        await using var phone = await PhoneClient.ConnectAsync(app, org.Member);
        await phone.JoinAsync(session);

        var refused = await phone.AddAsync(session, "Zijn moeder belt steeds vanaf 06-12345678");
        var fine = await phone.AddAsync(session, "Zijn moeder belt steeds, wat vraagt ze eigenlijk?");

        Assert.Null(refused.Item);
        Assert.Contains("‘06-12345678’ — dit lijkt een telefoonnummer.", refused.Error);
        Assert.Null(fine.Error);
        Assert.Equal(1, await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().BoardItems.IgnoreQueryFilters().CountAsync(i => i.SessionId == session)));
    }

    [Fact]
    public async Task A_team_action_that_seems_to_name_a_client_is_refused_with_what_was_found()
    {
        var org = await app.CreateOrganisationAsync();
        var (id, _) = await app.ConsultationOnACaseAsync(org, org.Member);

        var (action, error) = await app.ActionFromAsync(org.Member, id, "Mevrouw bellen op 06-12345678");

        Assert.Null(action);
        Assert.Contains("‘06-12345678’ — dit lijkt een telefoonnummer.", error);
    }

    [Fact]
    public async Task A_deleted_case_leaves_the_consultation_with_its_actions_but_without_the_case_text()
    {
        var org = await app.CreateOrganisationAsync();
        var (id, caseId) = await app.ConsultationOnACaseAsync(org, org.Member);
        await app.ActionFromAsync(org.Member, id, "Schuldhulp bellen");
        var member = await app.LoginAsync(org.Member);
        var team = await app.TeamIdAsync(org);

        await (await member.PageAsync($"/teams/{team}/casuistiek/{caseId}")).SubmitAsync(member, "case-delete", []);
        var page = await member.PageAsync($"/casusoverleg/{id}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("De casus is uit de casuïstiek verwijderd.", page.Text);
        Assert.DoesNotContain("Hij zegt dat hij het zelf oplost.", page.Text);
        Assert.Contains("Schuldhulp bellen", page.Text);
    }

    [Fact]
    public async Task The_consultation_is_the_teams_only_and_its_screens_are_the_chairs_only()
    {
        var org = await app.CreateOrganisationAsync();
        var other = await app.CreateOrganisationAsync("Andere organisatie");
        var (id, _) = await app.ConsultationOnACaseAsync(org, org.Facilitator);

        foreach (var who in new[] { org.Admin, org.Loner, other.Member })
            Assert.Equal(HttpStatusCode.NotFound, (await (await app.LoginAsync(who)).PageAsync($"/casusoverleg/{id}")).Status);
        var member = await app.LoginAsync(org.Member);
        Assert.Equal(HttpStatusCode.OK, (await member.PageAsync($"/casusoverleg/{id}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await member.PageAsync($"/casusoverleg/{id}/meedoen")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await member.PageAsync($"/casusoverleg/{id}/console")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await member.PageAsync($"/casusoverleg/{id}/beamer")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.LoginAsync(org.Leader)).PageAsync($"/casusoverleg/{id}/meedoen")).Status); // not invited
        Assert.NotNull((await app.ChairAsync(org.Member, id, (c, s, me) => c.StartAsync(s, me))).Error);
        await using var outsider = await PhoneClient.ConnectAsync(app, other.Member);
        Assert.NotNull((await outsider.JoinAsync((await app.ConsultationAsync(id)).SessionId)).Error);
    }

    [Fact]
    public async Task Without_a_chosen_category_the_hours_count_as_the_method_says()
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);
        var fields = ConsultationWorld.Plan(MeetingWorld.DutchTimeOf(app.UtcNow));
        fields["Input.RegisterCategory"] = "";

        var planned = await member.PlanConsultationAsync(await app.TeamIdAsync(org), fields);
        var id = Guid.Parse(planned.Response.Headers.Location!.OriginalString.Split('/')[^1]);

        Assert.Equal(Leerruimte.Features.LearningLog.ActivityKind.Intervision, (await app.ConsultationAsync(id)).RegisterCategory);
    }

    [Fact]
    public async Task Only_the_methods_marked_for_consultation_can_be_chosen()
    {
        var org = await app.CreateOrganisationAsync();
        var form = await (await app.LoginAsync(org.Member)).PageAsync($"/teams/{await app.TeamIdAsync(org)}/casusoverleg/nieuw");

        var offered = form.Document.QuerySelectorAll("#consultation-method option").Select(o => o.GetAttribute("value")).Where(v => v != "").ToList();

        Assert.Contains("actieleren", offered);
        Assert.Contains("casusopdracht", offered);
        Assert.DoesNotContain("brainstorm", offered);
    }

    [Theory]
    [InlineData("bestaat-niet", "Deze methode kennen we niet")]
    [InlineData("", "Kies een methode.")]
    [InlineData("brainstorm", "Deze methode kennen we niet")]
    public async Task Planning_with_a_method_that_does_not_exist_gets_a_Dutch_message(string method, string message)
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);

        var result = await member.PlanConsultationAsync(await app.TeamIdAsync(org), ConsultationWorld.Plan(MeetingWorld.DutchTimeOf(app.UtcNow), method));

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains(message, result.Text);
    }

    [Fact]
    public async Task A_case_of_another_team_or_a_bringer_who_does_not_take_part_is_refused()
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);
        var otherTeam = await app.TeamIdAsync(org, org.OtherTeam);
        var otherCase = Guid.Parse((await member.NewCaseAsync(otherTeam, "Elders")).Split('?')[0].Split('/')[^1]);
        var team = await app.TeamIdAsync(org);
        var start = MeetingWorld.DutchTimeOf(app.UtcNow);

        var wrongCase = await member.PlanConsultationAsync(team, ConsultationWorld.Plan(start, caseId: otherCase));
        var absentBringer = await member.PlanConsultationAsync(team, ConsultationWorld.Plan(start, bringer: await app.PersonIdAsync(org.Facilitator)), []);
        var outsider = await member.PlanConsultationAsync(team, ConsultationWorld.Plan(start), [await app.PersonIdAsync(org.Loner)]);

        Assert.Contains("staat niet (meer) in de casuïstiek van dit team", wrongCase.Text);
        Assert.Contains("De inbrenger moet meedoen", absentBringer.Text);
        Assert.Contains("Je kunt alleen mensen uit dit team uitnodigen.", outsider.Text);
        Assert.Equal(0, await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().CaseConsultations.IgnoreQueryFilters().CountAsync(c => c.OrganisationId == org.Id)));
    }
}

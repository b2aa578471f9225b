using Leerruimte.Data;
using Leerruimte.Features.AgendaSessions;
using Leerruimte.Features.LearningLog;
using Leerruimte.Features.Sessions;
using Leerruimte.IntegrationTests.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.AgendaSessions;

/// <summary>Issue 11, item 5: a team session composed from work forms, run on the sessions kernel.</summary>
public sealed class AgendaSessionTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    /// <summary>The session's script as its screens read it, in the organisation of someone in it.</summary>
    private Task<SessionScript> ScriptAsync(string email, Guid agenda) => app.AsAsync(email, async (sp, _) =>
        await sp.GetRequiredService<SessionScripts>().OfAsync(await sp.GetRequiredService<LeerruimteDb>().LiveSessions.SingleAsync(s => s.OriginId == agenda)));

    private Task<List<LearningActivity>> LogOfAsync(string email) => app.InScopeAsync(async sp =>
    {
        var person = await app.PersonIdAsync(email);
        return await sp.GetRequiredService<LeerruimteDb>().LearningActivities.IgnoreQueryFilters().Where(a => a.PersonId == person).ToListAsync();
    });

    [Fact]
    public async Task A_facilitator_adds_three_work_forms_moves_one_up_removes_one_and_sees_the_total_each_time()
    {
        var org = await app.CreateOrganisationAsync();
        var client = await app.LoginAsync(org.Facilitator);

        var three = await app.ComposeAsync(client, org, "brainstorm", "mindmap", "pdca");
        var moved = await three.PressAsync(client, ComposeAgenda.Command(ComposeAgenda.Up, 2));
        var removed = await moved.PressAsync(client, ComposeAgenda.Command(ComposeAgenda.Remove, 0));

        Assert.Equal(["Brainstorm", "Mindmap", "PDCA-cyclus (Plan, Do, Check, Act)"], AgendaWorld.Items(three));
        Assert.Contains("Totaal: 80 minuten", three.Text);
        Assert.Equal(["Brainstorm", "PDCA-cyclus (Plan, Do, Check, Act)", "Mindmap"], AgendaWorld.Items(moved));
        Assert.Equal(["PDCA-cyclus (Plan, Do, Check, Act)", "Mindmap"], AgendaWorld.Items(removed));
        Assert.Contains("Totaal: 50 minuten", removed.Text);
        Assert.Equal("Teamochtend", removed.Document.QuerySelector("#title")!.GetAttribute("value"));
        Assert.Equal(0, await app.AgendaSessionsOfAsync(org)); // nothing is stored while composing
    }

    [Fact]
    public async Task The_script_is_each_work_forms_steps_in_agenda_order_scaled_to_the_minutes_of_its_item()
    {
        var org = await app.CreateOrganisationAsync();
        var client = await app.LoginAsync(org.Member);
        var page = await app.ComposeAsync(client, org, "brainstorm", "pdca", "mindmap");

        var id = await page.PlanAsync(client, new() { ["Input.Items[1].Minutes"] = "60" });
        var script = await ScriptAsync(org.Facilitator, id);

        Assert.Equal([
            "Brainstorm · Startvraag stellen", "Brainstorm · Ideeën verzamelen", "Brainstorm · Verdiepen in subgroepen", "Brainstorm · Plenair terugkoppelen",
            "PDCA-cyclus (Plan, Do, Check, Act) · Plan", "PDCA-cyclus (Plan, Do, Check, Act) · Do", "PDCA-cyclus (Plan, Do, Check, Act) · Check", "PDCA-cyclus (Plan, Do, Check, Act) · Act",
            "Mindmap · Kernwoord noteren", "Mindmap · Antwoorden verzamelen", "Mindmap · Terugkijken"], script.Steps.Select(s => s.Title));
        Assert.Equal([3, 10, 10, 7, 24, 6, 20, 10, 2, 10, 8], script.Steps.Select(s => s.Minutes));
        Assert.Equal(110, script.Minutes);
        Assert.Equal(script.Steps.Count, script.Steps.Select(s => s.Key).Distinct().Count());
        var text = (await client.PageAsync($"/teamsessies/{id}")).Text;
        Assert.Contains("Totaal: 110 minuten", text);
    }

    [Fact]
    public async Task The_same_work_form_twice_keeps_two_boards()
    {
        var org = await app.CreateOrganisationAsync();
        var client = await app.LoginAsync(org.Member);
        var id = await (await app.ComposeAsync(client, org, "mindmap", "mindmap")).PlanAsync(client);

        var script = await ScriptAsync(org.Facilitator, id);

        Assert.Equal(6, script.Steps.Select(s => s.Key).Distinct().Count());
    }

    [Fact]
    public async Task A_planned_session_keeps_its_steps_when_the_work_forms_get_a_new_version()
    {
        var org = await app.CreateOrganisationAsync();
        var client = await app.LoginAsync(org.Facilitator);
        var id = await (await app.ComposeAsync(client, org, "mindmap")).PlanAsync(client);

        var upload = await Packs.UploadAsync(app, org.Admin, OwnMindmap);
        var later = await (await app.ComposeAsync(client, org, "mindmap")).PlanAsync(client);

        Assert.Equal(1, await Packs.StoredVersionsAsync(app, "eigen-werkvormen"));
        Assert.Equal(["Mindmap · Kernwoord noteren", "Mindmap · Antwoorden verzamelen", "Mindmap · Terugkijken"], (await ScriptAsync(org.Facilitator, id)).Steps.Select(s => s.Title));
        Assert.Equal(["Eigen mindmap · Alles op één vel"], (await ScriptAsync(org.Facilitator, later)).Steps.Select(s => s.Title));
    }

    private const string OwnMindmap = """
        kind: work-forms
        id: eigen-werkvormen
        version: 1
        title: Onze werkvormen
        description: De werkvormen van ons eigen team.
        workForms:
          - id: mindmap
            title: Eigen mindmap
            purpose: Samen ordenen wat we weten.
            minutes: 15
            steps:
              - title: Alles op één vel
                minutes: 15
                text: Schrijf alles rond het kernwoord op één vel.
        """;

    [Fact]
    public async Task A_team_action_agreed_at_a_team_session_shows_on_its_page_and_comes_back_open_at_the_next_one()
    {
        var org = await app.CreateOrganisationAsync();
        var chair = await app.LoginAsync(org.Facilitator);
        var team = await app.TeamIdAsync(org);
        var first = await (await app.ComposeAsync(chair, org, "pdca")).PlanAsync(chair);
        Assert.Null((await app.ChairAgendaAsync(org.Facilitator, first, (c, s, me) => c.StartAsync(s, me))).Error);
        var (action, error) = await app.AsAsync(org.Facilitator, (sp, me) => sp.GetRequiredService<Leerruimte.Features.TeamActions.RecordTeamAction>()
            .AddAsync(team, new Origin(AgendaSession.Kind, first), me, "Werkverdeling per wijk op papier zetten", null, null));
        Assert.Null((await app.ChairAgendaAsync(org.Facilitator, first, (c, s, me) => c.CloseAsync(s, me))).Error);
        var next = await (await app.ComposeAsync(chair, org, "brainstorm")).PlanAsync(chair);

        var page = await (await app.LoginAsync(org.Member)).PageAsync($"/teamsessies/{first}");
        var (_, stillOpen) = await app.AsAsync(org.Facilitator, (sp, _) =>
            Leerruimte.Features.TeamActions.TeamActionList.ForSessionAsync(sp.GetRequiredService<LeerruimteDb>(), team, new Origin(AgendaSession.Kind, next)));

        Assert.Null(error);
        Assert.Contains("Werkverdeling per wijk op papier zetten", page.Text);
        Assert.Equal(action!.Id, Assert.Single(stillOpen).Id);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("Intervision", ActivityKind.Intervision)]
    public async Task A_team_session_runs_from_start_to_close_and_attendance_counts_for_the_register_only_when_chosen(string? category, ActivityKind? logged)
    {
        var org = await app.CreateOrganisationAsync();
        var chair = await app.LoginAsync(org.Facilitator);
        var page = await app.ComposeAsync(chair, org, "brainstorm", "mindmap");
        var id = await page.PlanAsync(chair, category is null ? null : new() { ["Input.RegisterCategory"] = category });
        var session = await app.AgendaSessionOfAsync(id);
        Assert.Null((await app.ChairAgendaAsync(org.Facilitator, id, (c, s, me) => c.StartAsync(s, me))).Error);
        Assert.Null((await app.ChairAgendaAsync(org.Facilitator, id, (c, s, me) => c.GoToAsync(s, me, 1))).Error);
        var member = await app.LoginAsync(org.Member);
        var joined = await member.PageAsync($"/teamsessies/{id}/meedoen"); // present by joining in the room
        await using var phone = await PhoneClient.ConnectAsync(app, org.Member);
        await phone.JoinAsync(session);
        var added = await phone.AddAsync(session, "Meer tijd voor huisbezoeken");
        Assert.Null((await app.ChairAgendaAsync(org.Facilitator, id, (c, s, me) => c.CloseAsync(s, me))).Error);

        var confirmed = await (await member.PageAsync($"/teamsessies/{id}/meedoen")).SubmitAsync(member, "confirm-attendance", []);
        var log = await LogOfAsync(org.Member);
        var read = await member.PageAsync($"/teamsessies/{id}");

        Assert.Contains("Brainstorm · Ideeën verzamelen", joined.Text);
        Assert.Null(added.Error);
        Assert.Equal(1, await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().BoardItems.IgnoreQueryFilters().CountAsync(i => i.SessionId == session && i.StepIndex == 1)));
        Assert.Contains("Meer tijd voor huisbezoeken", read.Text);
        Assert.Contains("Zelf bevestigd", read.Text);
        Assert.Equal(logged, log.SingleOrDefault()?.Kind);
        Assert.Contains(logged is null ? "Je hebt bevestigd dat je erbij was." : "als Intervisie in je leerlogboek.", confirmed.Text);
        if (logged is not null) Assert.Equal("Teamsessie: Teamochtend", log.Single().Title);
    }

    [Fact]
    public async Task The_team_sees_its_sessions_and_only_the_chair_opens_console_and_beamer()
    {
        var org = await app.CreateOrganisationAsync();
        var other = await app.CreateOrganisationAsync("Andere organisatie");
        var chair = await app.LoginAsync(org.Facilitator);
        var id = await (await app.ComposeAsync(chair, org, "mindmap")).PlanAsync(chair);
        var session = await app.AgendaSessionOfAsync(id);
        var team = await app.TeamIdAsync(org);

        var member = await app.LoginAsync(org.Member);
        Assert.Contains("Teamochtend", (await member.PageAsync($"/teams/{team}/teamsessies")).Text);
        Assert.Contains("Teamsessies", (await member.PageAsync($"/teams/{team}")).Text);
        Assert.Equal(HttpStatusCode.OK, (await member.PageAsync($"/teamsessies/{id}/meedoen")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await member.PageAsync($"/teamsessies/{id}/console")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await member.PageAsync($"/teamsessies/{id}/beamer")).Status);
        Assert.Equal(HttpStatusCode.OK, (await chair.PageAsync($"/teamsessies/{id}/console")).Status);
        foreach (var who in new[] { org.Admin, org.Loner, other.Member, other.Facilitator })
        {
            var client = await app.LoginAsync(who);
            foreach (var url in new[] { $"/teamsessies/{id}", $"/teamsessies/{id}/meedoen", $"/teamsessies/{id}/console", $"/teamsessies/{id}/beamer", $"/teams/{team}/teamsessies", $"/teams/{team}/teamsessies/nieuw" })
                Assert.Equal(HttpStatusCode.NotFound, (await client.PageAsync(url)).Status);
            await using var phone = await PhoneClient.ConnectAsync(app, who);
            Assert.NotNull((await phone.JoinAsync(session)).Error);
            Assert.NotNull((await phone.AddAsync(session, "Van buiten het team")).Error);
        }
        Assert.Equal(0, await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().BoardItems.IgnoreQueryFilters().CountAsync(i => i.SessionId == session)));
    }

    [Fact]
    public async Task An_empty_agenda_too_many_items_minutes_out_of_range_an_unknown_work_form_or_a_far_date_get_a_Dutch_message_and_keep_the_form()
    {
        var org = await app.CreateOrganisationAsync();
        var client = await app.LoginAsync(org.Member);
        var empty = await app.ComposeAsync(client, org);
        var one = await app.ComposeAsync(client, org, "mindmap");
        var twelve = await app.ComposeAsync(client, org, [.. Enumerable.Repeat("mindmap", AgendaSession.MaxItems)]);

        var none = await empty.PressAsync(client, "plan", new() { ["Input.Title"] = "Teamochtend" });
        var thirteenth = await twelve.PressAsync(client, "plan", new() { ["Input.Items[12].FormId"] = "mindmap", ["Input.Items[12].Minutes"] = "20" });
        var zero = await one.PressAsync(client, "plan", new() { ["Input.Items[0].Minutes"] = "0" });
        var tooLong = await one.PressAsync(client, "plan", new() { ["Input.Items[0].Minutes"] = "241" });
        var fewerThanSteps = await one.PressAsync(client, "plan", new() { ["Input.Items[0].Minutes"] = "2" });
        var unknown = await one.PressAsync(client, "plan", new() { ["Input.Items[0].FormId"] = "bestaat-niet" });
        var unknownAdd = await one.AddAsync(client, "bestaat-niet");
        var farOut = await one.PressAsync(client, "plan", new() { ["Input.Date"] = MeetingWorld.DutchTimeOf(app.UtcNow).AddYears(5).ToString("yyyy-MM-dd") });
        var noTitle = await one.PressAsync(client, "plan", new() { ["Input.Title"] = "" });
        var notANumber = await one.PressAsync(client, "plan", new() { ["Input.Items[0].Minutes"] = "twintig" });
        var strangeCommand = await one.PressAsync(client, "up:99999999999");

        Assert.Contains("Zet minstens één werkvorm op de agenda.", none.Text);
        Assert.Contains("Er passen hoogstens 12 werkvormen op één agenda.", thirteenth.Text);
        Assert.Contains("De agenda is vol", twelve.Text);
        Assert.Contains("Geef Mindmap tussen 3 en 240 minuten.", zero.Text);
        Assert.Contains("Geef Mindmap tussen 3 en 240 minuten.", tooLong.Text);
        Assert.Contains("Geef Mindmap tussen 3 en 240 minuten.", fewerThanSteps.Text);
        Assert.Contains("Een werkvorm op de agenda kennen we niet (meer).", unknown.Text);
        Assert.Contains("Kies een werkvorm uit de lijst om toe te voegen.", unknownAdd.Text);
        Assert.Single(AgendaWorld.Items(unknownAdd));
        Assert.Contains("Kies een datum binnen een jaar terug en twee jaar vooruit.", farOut.Text);
        Assert.Contains("Geef de teamsessie een titel.", noTitle.Text);
        foreach (var page in new[] { none, thirteenth, zero, tooLong, fewerThanSteps, unknown, farOut, noTitle, notANumber, strangeCommand })
        {
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.True(page.HasForm(AgendaWorld.Form));
        }
        Assert.Equal("241", tooLong.Document.QuerySelector("#minutes-0")!.GetAttribute("value")); // what was typed stays
        Assert.Equal(0, await app.AgendaSessionsOfAsync(org));

        // An item far beyond the rest is not read (items are read from the first on): nothing is allocated for it.
        var farIndex = await one.PressAsync(client, "plan", new() { ["Input.Items[100000].FormId"] = "mindmap" });
        Assert.Equal(HttpStatusCode.Redirect, farIndex.Status);
        Assert.Equal(1, await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().AgendaSessionItems.IgnoreQueryFilters().CountAsync(i => i.OrganisationId == org.Id)));
    }
}

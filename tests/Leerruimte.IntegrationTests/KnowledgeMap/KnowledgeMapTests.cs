using Leerruimte.Data;
using Leerruimte.IntegrationTests.Development;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.KnowledgeMap;

public sealed class KnowledgeMapTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    /// <summary>The statements of Het Gesprek's first cluster, "Gespreksvaardigheden".</summary>
    private static readonly HashSet<string> ConversationSkills =
        ["technieken-aansluiten", "eigen-kracht-opsporen", "afstemmen-op-kracht", "taal-en-contact", "relatie-opbouwen", "eigen-rol-bewust"];

    private static string Map(Guid team) => $"/teams/{team}/kennis";

    [Fact]
    public async Task A_member_names_themselves_a_leader_names_a_colleague_and_everyone_in_the_team_sees_whom_to_ask()
    {
        var org = await app.CreateOrganisationAsync();
        var team = await app.TeamIdAsync(org);
        var member = await app.LoginAsync(org.Member);
        var leader = await app.LoginAsync(org.Leader);

        var self = await NameAsync(member, team, "Schulden");
        var byLeader = await NameAsync(leader, team, "Meldcode huiselijk geweld", await app.PersonIdAsync(org.Facilitator));
        var seen = await (await app.LoginAsync(org.Colleague)).PageAsync(Map(team));

        Assert.Contains("Genoemd op de kenniskaart.", self.Text);
        Assert.Contains("Genoemd op de kenniskaart.", byLeader.Text);
        Assert.Contains(seen.All(".app-topic"), t => t.StartsWith("Schulden") && t.Contains("Teamlid"));
        Assert.Contains(seen.All(".app-topic"), t => t.StartsWith("Meldcode huiselijk geweld") && t.Contains("Procesbegeleider"));
    }

    [Fact]
    public async Task A_member_cannot_name_or_take_off_a_colleague_only_themselves()
    {
        var org = await app.CreateOrganisationAsync();
        var team = await app.TeamIdAsync(org);
        var member = await app.LoginAsync(org.Member);
        await NameAsync(await app.LoginAsync(org.Leader), team, "Mantelzorg", await app.PersonIdAsync(org.Facilitator));

        var named = await NameAsync(member, team, "Wonen", await app.PersonIdAsync(org.Facilitator));
        var page = await member.PageAsync(Map(team));
        var facilitators = await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().Specialists.IgnoreQueryFilters([TenantFilters.Name])
            .Where(s => s.Topic == "Mantelzorg" && s.TeamId == team).Select(s => s.Id).SingleAsync());
        var removed = await page.SubmitAsync(member, "specialist-remove", [], ("RemoveId", facilitators.ToString()));

        Assert.Contains("Alleen een leidinggevende van het team kan een collega noemen.", named.Text);
        Assert.Null(page.Document.QuerySelector("#specialist-person")); // a member's form names only themselves
        Assert.DoesNotContain(page.All(".app-topic"), t => t.StartsWith("Wonen"));
        Assert.Empty(page.Document.QuerySelectorAll(".app-topic button"));
        Assert.Contains("Dat kan alleen de persoon zelf of een leidinggevende van het team.", removed.Text);
        Assert.Contains(removed.All(".app-topic"), t => t.StartsWith("Mantelzorg"));

        await NameAsync(member, team, "Wonen");
        var own = await member.PageAsync(Map(team));
        var button = own.Document.QuerySelector(".app-topic button")!.GetAttribute("value")!;
        var gone = await own.SubmitAsync(member, "specialist-remove", [], ("RemoveId", button));
        Assert.Contains("Weggehaald van de kenniskaart.", gone.Text);
        Assert.DoesNotContain(gone.All(".app-topic"), t => t.StartsWith("Wonen"));
    }

    [Fact]
    public async Task Meter_strengths_show_only_after_consent_only_as_topic_names_and_go_at_once_when_revoked()
    {
        var org = await app.CreateOrganisationAsync();
        var team = await app.TeamIdAsync(org);
        var member = await app.LoginAsync(org.Member);
        await member.FillAsync(await member.StartMeasurementAsync(), id => ConversationSkills.Contains(id) ? 5 : 2);
        var colleague = await app.LoginAsync(org.Facilitator);

        var before = await member.PageAsync(Map(team));
        var unseen = await colleague.PageAsync(Map(team));

        Assert.False(before.Document.QuerySelector("#show-strengths")!.HasAttribute("checked")); // off by default, never pre-ticked
        Assert.Empty(unseen.All(".app-strengths"));
        Assert.DoesNotContain("Gespreksvaardigheden", unseen.Text);

        var on = await before.SubmitAsync(member, "strength-consent", [new("Show", "true")]);
        var seen = await colleague.PageAsync(Map(team));

        Assert.Contains("Je sterke punten staan nu op de kenniskaart van dit team.", on.Text);
        Assert.True(on.Document.QuerySelector("#show-strengths")!.HasAttribute("checked"));
        var card = Assert.Single(seen.Document.QuerySelectorAll(".app-strengths"));
        Assert.StartsWith("Teamlid", card.QuerySelector("h3")!.TextContent);
        Assert.Equal(["Gespreksvaardigheden"], card.QuerySelectorAll("li").Select(li => li.TextContent.Trim()));
        Assert.Equal(["H3", "UL"], card.Children.Select(c => c.TagName)); // the name and the topics, nothing else: no score
        Assert.DoesNotMatch(@"\d", card.QuerySelector("ul")!.TextContent);

        var off = await (await member.PageAsync(Map(team))).SubmitAsync(member, "strength-consent", []);
        var goneAgain = await colleague.PageAsync(Map(team));

        Assert.Contains("Je sterke punten staan niet op de kenniskaart van dit team.", off.Text);
        Assert.Empty(goneAgain.All(".app-strengths"));
        Assert.DoesNotContain("Gespreksvaardigheden", goneAgain.Text);
    }

    [Fact]
    public async Task Consent_given_in_one_team_shows_nothing_in_another_team_of_the_same_member()
    {
        var org = await app.CreateOrganisationAsync();
        var (team, other) = (await app.TeamIdAsync(org), await app.TeamIdAsync(org, org.OtherTeam));
        var member = await app.LoginAsync(org.Member);
        await member.FillAsync(await member.StartMeasurementAsync(), _ => 5);

        await (await member.PageAsync(Map(team))).SubmitAsync(member, "strength-consent", [new("Show", "true")]);

        Assert.NotEmpty((await member.PageAsync(Map(team))).All(".app-strengths"));
        Assert.Empty((await member.PageAsync(Map(other))).All(".app-strengths"));
    }

    [Fact]
    public async Task A_consenting_member_without_a_finished_measurement_shows_no_strengths()
    {
        var org = await app.CreateOrganisationAsync();
        var team = await app.TeamIdAsync(org);
        var member = await app.LoginAsync(org.Member);
        await member.StartMeasurementAsync(); // started, not finished

        var page = await (await member.PageAsync(Map(team))).SubmitAsync(member, "strength-consent", [new("Show", "true")]);

        Assert.Empty(page.All(".app-strengths"));
        Assert.Contains("Nog niemand laat sterke punten zien.", page.Text);
    }

    private static async Task<HtmlPage> NameAsync(HttpClient client, Guid team, string topic, Guid? person = null)
    {
        var fields = new Dictionary<string, string> { ["Input.Topic"] = topic };
        if (person is { } p) fields["Input.PersonId"] = p.ToString();
        return await (await client.PageAsync(Map(team))).SubmitAsync(client, "name-specialist", fields);
    }
}

using Leerruimte.Data;
using Leerruimte.Features.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Meetings;

public sealed class ActionTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    private async Task<(TestOrganisation Org, Guid Meeting)> ClosedMeetingAsync()
    {
        var org = await app.CreateOrganisationAsync();
        var id = await app.PlanMeetingAsync(org);
        await app.ConsoleAsync(org.Facilitator, (c, me) => c.StartAsync(id, me));
        await app.ConsoleAsync(org.Facilitator, (c, me) => c.CloseAsync(id, me));
        return (org, id);
    }

    private static Dictionary<string, string> Action(string text, string rating, bool share = false) => new()
    {
        ["Input.Text"] = text, ["Input.Rating"] = rating, ["Input.ShareWithLeader"] = share ? "True" : "False",
    };

    private Task<int> ActionsOfAsync(Guid meeting) =>
        app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().PersonalActions.IgnoreQueryFilters([TenantFilters.Name]).CountAsync(a => a.OriginKind == Origin.MeetingKind && a.OriginId == meeting));

    [Fact]
    public async Task A_participant_writes_one_action_and_rates_themselves_and_can_change_it()
    {
        var (org, id) = await ClosedMeetingAsync();
        var member = await app.LoginAsync(org.Member);
        var url = $"/bijeenkomsten/{id}/mijn-actie";

        var first = await (await member.PageAsync(url)).SubmitAsync(member, "my-action", Action("Elke week één cliënt vragen wat hij zelf al deed", "5"));
        var second = await (await member.PageAsync(url)).SubmitAsync(member, "my-action", Action("Elke week twee cliënten vragen wat ze zelf al deden", "6"));

        Assert.Contains("Je actie is opgeslagen", first.Text);
        Assert.Contains("Dit is geen beoordeling", first.Text);
        Assert.Equal(1, await ActionsOfAsync(id));
        Assert.Contains("twee cliënten", (await member.PageAsync(url)).Document.QuerySelector("#action-text")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, second.Status);
    }

    [Fact]
    public async Task The_same_form_sent_twice_at_once_makes_one_action()
    {
        var (org, id) = await ClosedMeetingAsync();
        var member = await app.LoginAsync(org.Member);
        var page = await member.PageAsync($"/bijeenkomsten/{id}/mijn-actie");

        await Task.WhenAll(
            page.SubmitAsync(member, "my-action", Action("Dubbel verstuurd", "4")),
            page.SubmitAsync(member, "my-action", Action("Dubbel verstuurd", "4")));

        Assert.Equal(1, await ActionsOfAsync(id));
    }

    [Theory]
    [InlineData("", "5", "Schrijf je concrete actie op.")]
    [InlineData("Iets doen", "11", "Kies een cijfer van 1 tot en met 10.")]
    [InlineData("Iets doen", "0", "Kies een cijfer van 1 tot en met 10.")]
    [InlineData("Iets doen", "", "Kies een cijfer.")]
    public async Task Bad_input_gets_a_Dutch_message_and_saves_nothing(string text, string rating, string message)
    {
        var (org, id) = await ClosedMeetingAsync();
        var member = await app.LoginAsync(org.Member);

        var result = await (await member.PageAsync($"/bijeenkomsten/{id}/mijn-actie")).SubmitAsync(member, "my-action", Action(text, rating));

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains(message, result.Text);
        Assert.Equal(0, await ActionsOfAsync(id));
    }

    [Fact]
    public async Task The_rating_group_points_screen_readers_at_what_its_ends_mean_and_at_its_message()
    {
        var (org, id) = await ClosedMeetingAsync();
        var member = await app.LoginAsync(org.Member);

        var result = await (await member.PageAsync($"/bijeenkomsten/{id}/mijn-actie")).SubmitAsync(member, "my-action", Action("Iets doen", ""));

        var group = result.Document.QuerySelector("fieldset.app-rating")!;
        var described = group.GetAttribute("aria-describedby")!.Split(' ').Select(result.Document.GetElementById).ToList();
        Assert.All(described, Assert.NotNull);
        Assert.Equal(["1 = dit lukt me nog niet · 10 = dit lukt me altijd, ook als het lastig wordt", "Kies een cijfer."], described.Select(e => e!.TextContent.Trim()));
    }

    [Fact]
    public async Task Someone_who_was_not_in_the_meeting_has_no_action_page()
    {
        var (org, id) = await ClosedMeetingAsync();

        var loner = await (await app.LoginAsync(org.Loner)).PageAsync($"/bijeenkomsten/{id}/mijn-actie");

        Assert.Equal(HttpStatusCode.NotFound, loner.Status);
    }

    [Fact]
    public async Task The_facilitator_sees_the_actions_and_the_team_leader_only_shared_ones()
    {
        var (org, id) = await ClosedMeetingAsync();
        var member = await app.LoginAsync(org.Member);
        await (await member.PageAsync($"/bijeenkomsten/{id}/mijn-actie")).SubmitAsync(member, "my-action", Action("Mijn geheime actie", "5"));

        var facilitatorView = await (await app.LoginAsync(org.Facilitator)).PageAsync($"/bijeenkomsten/{id}/vervolg");
        var leaderView = await (await app.LoginAsync(org.Leader)).PageAsync($"/bijeenkomsten/{id}/vervolg");

        Assert.Contains("Mijn geheime actie", facilitatorView.Text);
        Assert.DoesNotContain("Mijn geheime actie", leaderView.Text);
    }

    [Theory]
    [InlineData("Input.ActDecision", "abc", "act-decision-error", "Dit kunnen we niet lezen.")]
    [InlineData("Input.ActDecision", "7", "act-decision-error", "Kies een van de mogelijkheden uit de lijst.")]
    [InlineData("Input.CheckExpectationsMet", "misschien", "check-met-error", "Dit kunnen we niet lezen.")]
    public async Task A_PDCA_choice_that_cannot_be_read_gets_a_Dutch_message_and_nothing_is_saved(string field, string value, string error, string message)
    {
        var (org, id) = await ClosedMeetingAsync();
        var member = await app.LoginAsync(org.Member);
        var saved = await (await member.PageAsync($"/bijeenkomsten/{id}/mijn-actie")).SubmitAsync(member, "my-action", Action("Krachtvragen stellen", "5"));
        var pdcaUrl = saved.Document.QuerySelector("a[href$='/pdca']")!.GetAttribute("href")!;

        var result = await (await member.PageAsync(pdcaUrl)).SubmitAsync(member, "pdca", new Dictionary<string, string>
        {
            ["Input.PlanWhat"] = "Drie krachtvragen in elk huisbezoek", [field] = value,
        });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.StartsWith(message, result.Document.GetElementById(error)!.TextContent.Trim());
        Assert.DoesNotContain("Opgeslagen", result.Text);
        var actionId = Guid.Parse(pdcaUrl.Split('/')[2]);
        Assert.Equal(0, await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().PdcaCycles.IgnoreQueryFilters([TenantFilters.Name])
            .CountAsync(c => c.ActionId == actionId)));
    }

    [Fact]
    public async Task An_action_becomes_an_experiment_whose_cycles_chain()
    {
        var (org, id) = await ClosedMeetingAsync();
        var member = await app.LoginAsync(org.Member);
        var saved = await (await member.PageAsync($"/bijeenkomsten/{id}/mijn-actie")).SubmitAsync(member, "my-action", Action("Krachtvragen stellen", "5"));
        var pdcaUrl = saved.Document.QuerySelector("a[href$='/pdca']")!.GetAttribute("href")!;

        var first = await (await member.PageAsync(pdcaUrl)).SubmitAsync(member, "pdca", new Dictionary<string, string>
        {
            ["Input.PlanWhat"] = "Drie krachtvragen in elk huisbezoek", ["Input.PlanExpectation"] = "Cliënten noemen meer eigen oplossingen",
            ["Input.CheckLessons"] = "Werkt beter na de kennismaking", ["Input.ActDecision"] = "NewCycle",
        });
        var second = await member.PageAsync(pdcaUrl);
        var stranger = await (await app.LoginAsync(org.Facilitator)).PageAsync(pdcaUrl);

        Assert.Contains("Er staat een nieuwe ronde klaar", first.Text);
        Assert.Contains("Ronde 2", second.Text);
        Assert.Contains("Werkt beter na de kennismaking", second.Text); // round 1 stays readable
        Assert.Equal("Drie krachtvragen in elk huisbezoek", second.Document.QuerySelector("#plan-what")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, stranger.Status);
    }
}

public sealed class SharedActionTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    [Fact]
    public async Task The_team_leader_sees_an_action_only_when_its_owner_shares_it()
    {
        var org = await app.CreateOrganisationAsync();
        var id = await app.PlanMeetingAsync(org);
        await app.ConsoleAsync(org.Facilitator, (c, me) => c.StartAsync(id, me));
        var member = await app.LoginAsync(org.Member);
        var form = $"/bijeenkomsten/{id}/mijn-actie";
        await (await member.PageAsync(form)).SubmitAsync(member, "my-action",
            new Dictionary<string, string> { ["Input.Text"] = "Elke week een gesprek over eigen kracht", ["Input.Rating"] = "5", ["Input.ShareWithLeader"] = "False" });
        var leader = await app.LoginAsync(org.Leader);

        var privately = await leader.PageAsync($"/bijeenkomsten/{id}");
        await (await member.PageAsync(form)).SubmitAsync(member, "my-action",
            new Dictionary<string, string> { ["Input.Text"] = "Elke week een gesprek over eigen kracht", ["Input.Rating"] = "5", ["Input.ShareWithLeader"] = "True" });
        var sharedPage = await leader.PageAsync($"/bijeenkomsten/{id}");

        Assert.DoesNotContain("Elke week een gesprek over eigen kracht", privately.Text);
        Assert.Contains("Elke week een gesprek over eigen kracht", sharedPage.Text);
        Assert.Contains("Dit is geen beoordeling", sharedPage.Text);
    }
}

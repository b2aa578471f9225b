using Leerruimte.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Development;

public sealed class TeamDevelopmentTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    private async Task<Guid> MeasureAndCountInTeamAsync(TestOrganisation org, string email, Func<string, int> score, Guid team)
    {
        var client = await app.LoginAsync(email);
        var result = await client.FillAsync(await client.StartMeasurementAsync(), score);
        var id = MeterWorld.IdOf(result.Url);
        await (await client.PageAsync(result.Url)).SubmitAsync(client, $"share-team-{id:N}", new Dictionary<string, string> { ["ShareWith"] = $"t:{team}" });
        return id;
    }

    [Fact]
    public async Task Team_averages_appear_only_from_three_people_and_never_show_a_name()
    {
        var org = await app.CreateOrganisationAsync();
        var team = await app.TeamIdAsync(org);
        var leader = await app.LoginAsync(org.Leader);
        await MeasureAndCountInTeamAsync(org, org.Member, _ => 2, team);
        await MeasureAndCountInTeamAsync(org, org.Facilitator, _ => 4, team);

        var two = await leader.PageAsync($"/teams/{team}/ontwikkeling");
        await MeasureAndCountInTeamAsync(org, org.Colleague, _ => 3, team);
        var three = await leader.PageAsync($"/teams/{team}/ontwikkeling");

        Assert.Contains("verschijnt zodra minstens 3 teamleden", two.Text);
        Assert.Contains("Gemiddelde per cluster van 3 of meer teamleden", three.Text);
        Assert.All(three.Document.QuerySelectorAll("tbody td"), td => Assert.Equal("3.0", td.TextContent.Replace(',', '.')));
        Assert.DoesNotContain("Teamlid", three.Document.QuerySelector("main")!.TextContent.Split("Vraag het een collega")[0]);
    }

    /// <summary>
    /// Issue 10, item 15: a leader watching the averages as people join and leave one at a time cannot work out one
    /// person's scores. With a minimum of two the average moves only after two changes, and the count moves by two.
    /// </summary>
    [Fact]
    public async Task The_team_average_moves_only_once_as_many_people_as_the_minimum_joined_left_or_measured_again()
    {
        var org = await app.CreateOrganisationAsync();
        await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().Organisations.IgnoreQueryFilters()
            .Where(o => o.Id == org.Id).ExecuteUpdateAsync(u => u.SetProperty(o => o.MinimumGroupSize, 2)));
        var team = await app.TeamIdAsync(org);
        var leader = await app.LoginAsync(org.Leader);
        async Task<(string Caption, string Averages)> SeenAsync()
        {
            var page = await leader.PageAsync($"/teams/{team}/ontwikkeling");
            return (page.Document.QuerySelector("caption")?.TextContent ?? page.Text, string.Join(" ", page.All("tbody td").Distinct()));
        }

        var memberMeasurement = await MeasureAndCountInTeamAsync(org, org.Member, _ => 1, team);
        Assert.Contains("verschijnt zodra minstens 2 teamleden", (await SeenAsync()).Caption);
        await MeasureAndCountInTeamAsync(org, org.Facilitator, _ => 3, team);
        var two = await SeenAsync();
        await MeasureAndCountInTeamAsync(org, org.Colleague, _ => 5, team);             // one joins: nothing moves
        var oneJoined = await SeenAsync();
        await MeasureAndCountInTeamAsync(org, org.Leader, _ => 5, team);              // a second: now it does
        var twoJoined = await SeenAsync();
        await RevokeTeamShareAsync(org.Member, memberMeasurement);                                        // one leaves: nothing moves
        var oneLeft = await SeenAsync();
        await MeasureAndCountInTeamAsync(org, org.Colleague, _ => 1, team);             // one measures again: two changes
        var measuredAgain = await SeenAsync();

        Assert.StartsWith("Gemiddelde per cluster van 2 of meer teamleden", two.Caption);
        Assert.Equal("2,0", two.Averages);
        Assert.Equal(two, oneJoined);
        Assert.StartsWith("Gemiddelde per cluster van 4 of meer teamleden", twoJoined.Caption);
        Assert.Equal("3,5", twoJoined.Averages);
        Assert.Equal(twoJoined, oneLeft);
        Assert.StartsWith("Gemiddelde per cluster van 2 of meer teamleden", measuredAgain.Caption); // three people, shown as 2 or more
        Assert.Equal("3,0", measuredAgain.Averages);
    }

    private async Task RevokeTeamShareAsync(string email, Guid id)
    {
        var client = await app.LoginAsync(email);
        var page = await client.PageAsync($"/meter/metingen/{id}");
        var share = page.Document.QuerySelector($"form button[name=RevokeId]")!.GetAttribute("value")!;
        await page.SubmitAsync(client, $"revoke-{id:N}", new Dictionary<string, string>(), ("RevokeId", share));
    }

    [Fact]
    public async Task Someone_outside_the_team_sees_nothing_of_it()
    {
        var (org, other) = (await app.CreateOrganisationAsync(), await app.CreateOrganisationAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await (await app.LoginAsync(org.Loner)).GetAsync($"/teams/{await app.TeamIdAsync(org)}/ontwikkeling")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.LoginAsync(other.Admin)).GetAsync($"/teams/{await app.TeamIdAsync(org)}/ontwikkeling")).StatusCode);
    }

    /// <summary>A team where the facilitator is strong on the first statement and the member finds it hard; both counted and consenting as asked.</summary>
    private async Task<(TestOrganisation Org, string Url, string Statement)> HelperAndLearnerAsync(bool helperConsents = true, bool learnerConsents = true)
    {
        var org = await app.CreateOrganisationAsync();
        var team = await app.TeamIdAsync(org);
        var statements = await app.StatementsAsync();
        var first = statements[0].Id;
        await MeasureAndCountInTeamAsync(org, org.Facilitator, id => id == first ? 5 : 3, team); // strong on the first statement
        await MeasureAndCountInTeamAsync(org, org.Member, id => id == first ? 1 : 3, team);      // finds it hard
        var url = $"/teams/{team}/ontwikkeling";
        if (helperConsents) await ConsentAsync(org.Facilitator, url);
        if (learnerConsents) await ConsentAsync(org.Member, url);
        return (org, url, statements[0].Text);
    }

    private async Task ConsentAsync(string email, string url)
    {
        var client = await app.LoginAsync(email);
        await (await client.PageAsync(url)).SubmitAsync(client, "match-consent", new Dictionary<string, string>());
    }

    private async Task<string[]> MatchesSeenByAsync(string email, string url) =>
        [.. (await (await app.LoginAsync(email)).PageAsync(url)).Document.QuerySelectorAll("main li.app-notification").Select(li => li.TextContent.Trim())];

    private static string Name(TestOrganisation org, string role) => $"{role} {org.Name.Split(' ').Last()}";

    [Fact]
    public async Task The_colleague_who_scores_low_reads_whom_to_ask_for_help_and_with_what()
    {
        var (org, url, statement) = await HelperAndLearnerAsync();

        var seen = Assert.Single(await MatchesSeenByAsync(org.Member, url));

        Assert.Equal($"Je kunt {Name(org, "Procesbegeleider")} om hulp vragen bij ‘{statement}’. Daar scoor je jezelf laag op, {Name(org, "Procesbegeleider")} hoog.", seen);
    }

    [Fact]
    public async Task The_colleague_who_scores_high_reads_who_may_ask_them_and_about_what()
    {
        var (org, url, statement) = await HelperAndLearnerAsync();

        var seen = Assert.Single(await MatchesSeenByAsync(org.Facilitator, url));

        Assert.Equal($"Je kunt een vraag verwachten van {Name(org, "Teamlid")} over ‘{statement}’. Daar scoor je jezelf hoog op, {Name(org, "Teamlid")} laag.", seen);
        Assert.DoesNotContain("Vraag ", seen);
    }

    [Fact]
    public async Task Who_can_help_whom_is_shown_only_to_the_two_it_concerns_and_only_when_both_consented()
    {
        var (org, url, _) = await HelperAndLearnerAsync(learnerConsents: false);
        var onlyOne = await (await app.LoginAsync(org.Facilitator)).PageAsync(url);
        await ConsentAsync(org.Member, url);
        await ConsentAsync(org.Colleague, url); // takes part, but has no measurement: not part of this match

        Assert.Contains("Nog geen koppelingen", onlyOne.Text);
        Assert.Single(await MatchesSeenByAsync(org.Member, url));
        Assert.Empty(await MatchesSeenByAsync(org.Colleague, url));
        Assert.Empty(await MatchesSeenByAsync(org.Leader, url));
    }

    [Fact]
    public async Task Opting_in_says_what_it_shows_and_to_whom()
    {
        var org = await app.CreateOrganisationAsync();
        var page = await (await app.LoginAsync(org.Member)).PageAsync($"/teams/{await app.TeamIdAsync(org)}/ontwikkeling");

        var shows = page.Document.GetElementById("consent-shows")!.TextContent;
        Assert.Contains("ook als je die met niemand deelt", shows);
        Assert.Contains($"Een collega uit {org.Team} die ook meedoet", shows);
        Assert.Contains("ziet jouw naam bij die stelling", shows);
        Assert.Contains("Alleen jullie tweeën zien zo’n koppeling; je cijfers zelf ziet niemand.", shows);
        Assert.Equal("consent-shows", page.Form("match-consent").QuerySelector("button")!.GetAttribute("aria-describedby"));
    }
}

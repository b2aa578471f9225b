namespace Leerruimte.IntegrationTests.Development;

public sealed class TeamDevelopmentTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    private async Task<Guid> MeasureAndCountInTeamAsync(TestOrganisation org, string email, Func<string, int> score, Guid team)
    {
        var client = await app.LoginAsync(email);
        var result = await client.FillAsync(await client.StartMeasurementAsync(), score);
        var id = MeterWorld.IdOf(result.Url);
        await (await client.PageAsync(result.Url)).SubmitAsync(client, $"share-{id:N}", new Dictionary<string, string> { ["ShareWith"] = $"t:{team}" });
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
        await MeasureAndCountInTeamAsync(org, org.Trainer, _ => 3, team);
        var three = await leader.PageAsync($"/teams/{team}/ontwikkeling");

        Assert.Contains("verschijnt zodra minstens 3 teamleden", two.Text);
        Assert.Contains("Gemiddelde per cluster van 3 teamleden", three.Text);
        Assert.All(three.Document.QuerySelectorAll("tbody td"), td => Assert.Equal("3.0", td.TextContent.Replace(',', '.')));
        Assert.DoesNotContain("Teamlid", three.Document.QuerySelector("main")!.TextContent.Split("Vraag het een collega")[0]);
    }

    [Fact]
    public async Task Someone_outside_the_team_sees_nothing_of_it()
    {
        var (org, other) = (await app.CreateOrganisationAsync(), await app.CreateOrganisationAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await (await app.LoginAsync(org.Loner)).GetAsync($"/teams/{await app.TeamIdAsync(org)}/ontwikkeling")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.LoginAsync(other.Admin)).GetAsync($"/teams/{await app.TeamIdAsync(org)}/ontwikkeling")).StatusCode);
    }

    [Fact]
    public async Task Who_can_help_whom_is_shown_only_among_those_who_consented()
    {
        var org = await app.CreateOrganisationAsync();
        var team = await app.TeamIdAsync(org);
        var ids = await app.StatementIdsAsync();
        await MeasureAndCountInTeamAsync(org, org.Facilitator, id => id == ids[0] ? 5 : 3, team); // strong on the first statement
        await MeasureAndCountInTeamAsync(org, org.Member, id => id == ids[0] ? 1 : 3, team);      // finds it hard
        var url = $"/teams/{team}/ontwikkeling";

        var helper = await app.LoginAsync(org.Facilitator);
        var learner = await app.LoginAsync(org.Member);
        await (await helper.PageAsync(url)).SubmitAsync(helper, "match-consent", new Dictionary<string, string>());
        var onlyOne = await helper.PageAsync(url);
        await (await learner.PageAsync(url)).SubmitAsync(learner, "match-consent", new Dictionary<string, string>());
        var both = await learner.PageAsync(url);
        var outsider = await (await app.LoginAsync(org.Leader)).PageAsync(url);

        Assert.Contains("Nog geen koppelingen", onlyOne.Text);
        Assert.Contains("Vraag Procesbegeleider", both.Text);
        Assert.Contains("voor Teamlid", both.Text);
        Assert.DoesNotContain("Vraag Procesbegeleider", outsider.Text);
    }
}

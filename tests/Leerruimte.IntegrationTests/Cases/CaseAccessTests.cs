namespace Leerruimte.IntegrationTests.Cases;

/// <summary>Cases are the team's: everyone with a role in it, nobody else — not another team, not the admin, not another organisation.</summary>
public sealed class CaseAccessTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    [Fact]
    public async Task Everyone_with_a_role_in_the_team_reads_its_cases()
    {
        var org = await app.CreateOrganisationAsync();
        var team = await app.TeamIdAsync(org);
        var url = await (await app.LoginAsync(org.Member)).NewCaseAsync(team, "Zorgmijder in de flat");

        foreach (var who in new[] { org.Member, org.Facilitator, org.Leader, org.Colleague })
        {
            var client = await app.LoginAsync(who);
            Assert.Equal(HttpStatusCode.OK, (await client.PageAsync(url)).Status);
            Assert.Equal(["Zorgmijder in de flat"], (await client.PageAsync($"/teams/{team}/casuistiek")).All(".app-cards h2"));
        }
    }

    [Fact]
    public async Task Someone_outside_the_team_gets_not_found_for_its_library_its_cases_and_writing_one()
    {
        var org = await app.CreateOrganisationAsync();
        var other = await app.CreateOrganisationAsync("Andere organisatie");
        var otherTeam = await app.TeamIdAsync(org, org.OtherTeam); // the member is in both teams, the facilitator only in the first
        var url = await (await app.LoginAsync(org.Member)).NewCaseAsync(otherTeam, "Overlast in het portiek");

        foreach (var who in new[] { org.Facilitator, org.Admin, org.Loner, org.Trainer, org.Leader, other.Admin, other.Member })
        {
            var client = await app.LoginAsync(who);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PageAsync(url)).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PageAsync($"/teams/{otherTeam}/casuistiek")).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PageAsync($"/teams/{otherTeam}/casuistiek/nieuw")).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PageAsync($"/teams/{otherTeam}")).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PageAsync($"/teams/{otherTeam}/casuistiek?zoek=overlast")).Status);
        }
    }

    [Fact]
    public async Task A_case_is_not_found_under_another_team_of_the_reader()
    {
        var org = await app.CreateOrganisationAsync();
        var team = await app.TeamIdAsync(org);
        var otherTeam = await app.TeamIdAsync(org, org.OtherTeam);
        var member = await app.LoginAsync(org.Member);
        var url = await member.NewCaseAsync(team, "Statushouder zoekt werk");
        var id = url.Split('?')[0].Split('/')[^1];

        Assert.Equal(HttpStatusCode.NotFound, (await member.PageAsync($"/teams/{otherTeam}/casuistiek/{id}")).Status);
    }

    [Fact]
    public async Task My_teams_lists_only_the_teams_I_am_in()
    {
        var org = await app.CreateOrganisationAsync();

        var member = await (await app.LoginAsync(org.Member)).PageAsync("/teams");
        var loner = await (await app.LoginAsync(org.Loner)).PageAsync("/teams");

        Assert.Equal([org.OtherTeam, org.Team], member.All(".app-cards h2").Order());
        Assert.Empty(loner.All(".app-cards h2"));
        Assert.Contains("Je zit nog niet in een team.", loner.Text);
    }
}

using Leerruimte.IntegrationTests.SocialMap;

namespace Leerruimte.IntegrationTests.Isolation;

/// <summary>The social map, knowledge map and topics of the month: everyone with a role in the team, nobody else (404, as every team page).</summary>
public sealed class TeamMapsAccessTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    [Fact]
    public async Task Everyone_in_the_team_opens_the_maps_and_topics_and_nobody_else_even_learns_they_exist()
    {
        var (org, other) = (await app.CreateOrganisationAsync(), await app.CreateOrganisationAsync("Ander"));
        var team = await app.TeamIdAsync(org);
        var otherTeam = await app.TeamIdAsync(org, org.OtherTeam);
        var member = await app.LoginAsync(org.Member);
        var partner = await member.AddPartnerAsync(team, SocialMapWorld.Partner(name: "Buurthuis Geheim"));
        var gap = await member.AddGapAsync(team, "Geen inloop in het weekend");
        var topic = await TopicAsync(member, team);
        string[] pages = [$"/teams/{team}/sociale-kaart", partner, gap, $"/teams/{team}/kennis", $"/teams/{team}/thema", topic];

        foreach (var person in new[] { org.Member, org.Facilitator, org.Leader, org.Colleague })
        {
            var client = await app.LoginAsync(person);
            foreach (var page in pages) Assert.True((await client.GetAsync(page)).StatusCode == HttpStatusCode.OK, $"{person}: {page}");
        }
        // The admin and the loner are in no team; the facilitator not in the other team; the other organisation's people nowhere.
        var outsiders = new[] { (org.Admin, team), (org.Loner, team), (org.Trainer, team), (org.Facilitator, otherTeam), (other.Admin, team), (other.Member, team) };
        foreach (var (person, teamId) in outsiders)
        {
            var client = await app.LoginAsync(person);
            foreach (var page in pages.Select(p => p.Replace(team.ToString(), teamId.ToString())))
            {
                var answer = await client.PageAsync(page);
                Assert.True(answer.Status == HttpStatusCode.NotFound, $"{person}: {page} gave {answer.Status}");
                Assert.DoesNotContain("Geheim", answer.Text);
                Assert.DoesNotContain("weekend", answer.Text);
            }
        }
    }

    [Fact]
    public async Task An_outsider_cannot_add_to_a_teams_map_by_posting_to_it()
    {
        var org = await app.CreateOrganisationAsync();
        var team = await app.TeamIdAsync(org);
        var admin = await app.LoginAsync(org.Admin);
        var token = (await admin.PageAsync("/beheer/teams")).Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";

        var posted = await admin.PostAsync($"/teams/{team}/sociale-kaart", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "new-partner", ["__RequestVerificationToken"] = token,
            ["NewPartner.Name"] = "Ingebroken", ["NewPartner.Offer"] = "x", ["NewPartner.ContactRole"] = "x",
        }));

        Assert.True(posted.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, posted.StatusCode.ToString());
        Assert.DoesNotContain("Ingebroken", (await (await app.LoginAsync(org.Member)).PageAsync($"/teams/{team}/sociale-kaart")).Text);
    }

    private static async Task<string> TopicAsync(HttpClient client, Guid team)
    {
        var list = await client.PageAsync($"/teams/{team}/thema");
        var month = list.Document.QuerySelector("#topic-month")!.GetAttribute("value")!;
        var result = await list.SubmitAsync(client, "new-topic", new Dictionary<string, string>
            { ["Input.Month"] = month, ["Input.Title"] = "Geheim thema", ["Input.Text"] = "", ["Input.Link"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, result.Status);
        return result.Response.Headers.Location!.OriginalString.Split('?')[0];
    }
}

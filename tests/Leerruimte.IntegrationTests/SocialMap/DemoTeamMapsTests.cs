using Leerruimte.Data;
using Leerruimte.Features.Demo;
using Leerruimte.Infrastructure.Privacy;
using Leerruimte.IntegrationTests.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.SocialMap;

/// <summary>The demo's social map, knowledge map and topic of the month, as ./run.sh seeds them for Wijkteam Noord.</summary>
public sealed class DemoTeamMapsTests(DemoApp app) : IClassFixture<DemoApp>
{
    private Task<Guid> TeamAsync() => app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().Teams.IgnoreQueryFilters([TenantFilters.Name])
        .Where(t => t.Name == DemoTeamGoals.Team).Select(t => t.Id).SingleAsync());

    [Fact]
    public async Task The_demo_team_has_three_partners_and_a_gap_that_the_privacy_guard_lets_through()
    {
        var team = await TeamAsync();
        var map = await (await app.LoginAsync("kees@lindenhaven.example")).PageAsync($"/teams/{team}/sociale-kaart");
        var gaps = await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().MapGaps.IgnoreQueryFilters([TenantFilters.Name])
            .Where(g => g.TeamId == team).Select(g => g.Text).ToListAsync());

        Assert.Equal(["Buurthuis De Linde", "Schuldhulp gemeente Lindenhaven", "Welzijn Lindenhaven"], map.All(".app-partner h3"));
        Assert.Contains(map.All(".app-gap"), g => g.Contains("Joost Visser pakt het op"));
        Assert.All(gaps, text => Assert.Empty(IdentifyingData.Find(text)));
    }

    [Fact]
    public async Task The_demo_knowledge_map_names_two_specialists_and_shows_aylins_strengths_by_her_consent_only()
    {
        var team = await TeamAsync();
        var page = await (await app.LoginAsync("kees@lindenhaven.example")).PageAsync($"/teams/{team}/kennis");
        var own = await (await app.LoginAsync("aylin@lindenhaven.example")).PageAsync($"/teams/{team}/kennis");

        Assert.Equal(2, page.All(".app-topic").Count());
        var strengths = Assert.Single(page.Document.QuerySelectorAll(".app-strengths"));
        Assert.Equal("Aylin Yılmaz", strengths.QuerySelector("h3")!.TextContent);
        Assert.InRange(strengths.QuerySelectorAll("li").Length, 1, 3);
        Assert.True(own.Document.QuerySelector("#show-strengths")!.HasAttribute("checked"));
    }

    [Fact]
    public async Task The_demo_team_page_shows_a_topic_of_the_month_on_any_date()
    {
        var team = await TeamAsync();
        var home = await (await app.LoginAsync("kees@lindenhaven.example")).PageAsync($"/teams/{team}");

        Assert.Contains("Eigen kracht en netwerk van bewoners", home.Document.QuerySelector(".app-month-topic")!.TextContent);
    }
}

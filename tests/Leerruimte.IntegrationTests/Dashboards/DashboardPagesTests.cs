using System.Net;
using Leerruimte.IntegrationTests.Meetings;

namespace Leerruimte.IntegrationTests.Dashboards;

/// <summary>
/// The dashboard pages as people open them: a team leader her own team's dashboard and her teams side by side, the
/// admin every team and the organisation's total; members and outsiders nothing. The tables hold the figures the
/// cells give, a dash where one is held back, and the filters fall back with a Dutch notice on a value not on offer.
/// </summary>
public sealed class DashboardPagesTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    [Fact]
    public async Task A_leader_sees_her_team_in_figures_and_no_name_of_anyone()
    {
        var w = await WorldAsync();
        var leader = await app.LoginAsync(w.LeaderOf("noord"));

        var page = await leader.PageAsync($"/teams/{w.Team("noord")}/dashboard?jaar={w.Year.Year}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Dashboard van noord", page.H1);
        var meetings = Table(page, "Teambijeenkomsten");
        Assert.Equal(["K1", "2", "4", "8"], Row(meetings, "K1")); // held, people present, attendances
        Assert.Equal(["K2", "–", "–", "–"], Row(meetings, "K2")); // two people: held back
        Assert.Equal(["Heel jaar", "2", "4", "8"], Row(meetings, "Heel jaar"));
        var actions = Table(page, "Eigen acties");
        Assert.Equal(["K1", "5", "7"], Row(actions, "K1"));
        Assert.DoesNotContain("Lid noord", page.Text);
    }

    [Fact]
    public async Task The_module_filter_narrows_meetings_and_the_year_and_module_fall_back_with_a_notice()
    {
        var w = await WorldAsync();
        var leader = await app.LoginAsync(w.LeaderOf("noord"));
        var path = $"/teams/{w.Team("noord")}/dashboard";
        await w.MeetingAsync("noord", w.In(3), w.People("noord")[..3], DashboardWorld.OtherModule);

        var other = await leader.PageAsync($"{path}?jaar={w.Year.Year}&module={DashboardWorld.OtherModule}");
        var unknown = await leader.PageAsync($"{path}?jaar=1990&module=bestaat-niet");
        var garbage = await leader.PageAsync($"{path}?jaar=twintig");

        Assert.Equal(["K1", "–", "–", "–"], Row(Table(other, "Teambijeenkomsten"), "K1")); // no meeting on the other module
        Assert.Equal(["K3", "1", "3", "3"], Row(Table(other, "Teambijeenkomsten"), "K3"));
        Assert.Equal("eigen-kracht-zelfregie", other.Document.QuerySelector("#module option[selected]")?.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.OK, unknown.Status);
        Assert.Contains("Over dat jaar is geen dashboard", unknown.Text);
        Assert.Contains("Die module kwam in", unknown.Text);
        Assert.Equal(HttpStatusCode.BadRequest, garbage.Status);
    }

    [Fact]
    public async Task The_admin_sees_every_team_and_the_total_and_a_leader_only_her_teams_without_a_total()
    {
        var w = await WorldAsync();
        var admin = await app.LoginAsync(w.Admin);
        var leader = await app.LoginAsync(w.LeaderOf("noord"));

        var all = await admin.PageAsync($"/dashboard?jaar={w.Year.Year}");
        var hers = await leader.PageAsync($"/dashboard?jaar={w.Year.Year}");

        var perTeam = Table(all, "Teambijeenkomsten gehouden");
        Assert.Equal(["noord", "2", "–", "–", "–", "2"], Row(perTeam, "noord"));
        Assert.Equal(["zuid", "–", "–", "–", "–", "–"], Row(perTeam, "zuid")); // a team of two never shows
        Assert.Equal(["Hele organisatie", "2", "–", "–", "–", "2"], Row(perTeam, "Hele organisatie"));
        Assert.Equal("Dashboard van mijn teams", hers.H1);
        var herTable = Table(hers, "Teambijeenkomsten gehouden");
        Assert.Equal(["noord", "2", "–", "–", "–", "2"], Row(herTable, "noord"));
        Assert.DoesNotContain(herTable.QuerySelectorAll("th"), th => th.TextContent.Contains("zuid") || th.TextContent.Contains("Hele organisatie"));
        Assert.Equal(HttpStatusCode.OK, (await admin.PageAsync($"/teams/{w.Team("zuid")}/dashboard")).Status);
    }

    [Fact]
    public async Task Members_leaders_of_other_teams_and_other_organisations_get_nothing()
    {
        var w = await WorldAsync();
        var stranger = await DashboardWorld.CreateAsync(app, ("elders", 3));
        var member = await app.LoginAsync(w.MemberOf("noord"));
        var otherLeader = await app.LoginAsync(w.LeaderOf("zuid"));
        var otherAdmin = await app.LoginAsync(stranger.Admin);
        var path = $"/teams/{w.Team("noord")}/dashboard";

        Assert.Equal(HttpStatusCode.NotFound, (await member.PageAsync(path)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await member.PageAsync("/dashboard")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await otherLeader.PageAsync(path)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.PageAsync(path)).Status);
        Assert.DoesNotContain("noord", (await otherAdmin.PageAsync("/dashboard")).Text);
    }

    private Task<DashboardWorld> WorldAsync() => DashboardWorld.NoordAndZuidAsync(app);

    private static AngleSharp.Dom.IElement Table(HtmlPage page, string caption) => DashboardWorld.Table(page, caption);

    private static string[] Row(AngleSharp.Dom.IElement table, string first) => DashboardWorld.Row(table, first);
}

namespace Leerruimte.IntegrationTests.Sharing;

/// <summary>The whole learning log (reflections, activities, hours) shared with one person: read-only, revocable, evidence only if ticked.</summary>
public sealed class SharingTheLearningLogTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    private async Task<(TestOrganisation Org, HttpClient Member, string Activity, string Shared)> LogSharedWithTheLeaderAsync(bool withEvidence = false)
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);
        var activity = await SharingWorld.FillLogAsync(member);
        await app.ShareAsync(member, "/leerlogboek", org.Leader, withEvidence: withEvidence);
        return (org, member, activity, $"/gedeeld/leerlogboek/{await app.PersonIdAsync(org.Member)}");
    }

    [Fact]
    public async Task The_reader_sees_the_owners_log_with_the_hours_and_no_edit_controls()
    {
        var (org, member, activity, shared) = await LogSharedWithTheLeaderAsync();
        var leader = await app.LoginAsync(org.Leader);

        var page = await leader.PageAsync(shared);
        var own = await member.PageAsync("/leerlogboek");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal($"Leerlogboek van Teamlid {org.Team["Team ".Length..]}", page.H1);
        Assert.Contains("Dit is met jou gedeeld: je kunt het lezen, niet veranderen.", page.Text);
        Assert.Equal(own.All("#uren-bijschrift ~ tbody td"), page.All("#uren-bijschrift ~ tbody td"));
        Assert.Equal(own.All("main .app-card"), page.All("main .app-card"));
        Assert.Contains("1,5", page.All("tbody td"));
        Assert.Empty(page.Document.QuerySelectorAll("main form"));
        Assert.Empty(page.Document.QuerySelectorAll("main a[href$='/nieuw']"));
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync(activity)).StatusCode);
        var reflection = own.Document.QuerySelector(".app-card a[href^='/leerlogboek/reflecties/']")!.GetAttribute("href")!;
        Assert.Contains("Een boze vader aan de balie", (await leader.PageAsync(reflection)).Text);
    }

    [Fact]
    public async Task Nobody_else_in_the_organisation_reads_the_shared_log_whatever_their_role()
    {
        var (org, _, activity, shared) = await LogSharedWithTheLeaderAsync();

        foreach (var who in new[] { org.Admin, org.Facilitator, org.Trainer, org.Loner })
        {
            var client = await app.LoginAsync(who);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(shared)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(activity)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await (await app.LoginAsync(org.Leader)).GetAsync(shared)).StatusCode);
    }

    [Fact]
    public async Task A_reader_of_another_organisation_gets_404()
    {
        var (_, _, activity, shared) = await LogSharedWithTheLeaderAsync();
        var other = await app.CreateOrganisationAsync("Ander");

        foreach (var who in other.Everyone)
        {
            var client = await app.LoginAsync(who);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(shared)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(activity)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(activity.Replace("activiteiten", "bewijs"))).StatusCode);
        }
    }

    [Fact]
    public async Task Taking_the_share_back_closes_the_log_to_the_reader()
    {
        var (org, member, activity, shared) = await LogSharedWithTheLeaderAsync();
        var leader = await app.LoginAsync(org.Leader);
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync(shared)).StatusCode);

        await SharingWorld.RevokeAllAsync(member, "/leerlogboek");

        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync(shared)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync(activity)).StatusCode);
        Assert.DoesNotContain("Leerlogboek van", (await leader.PageAsync("/gedeeld")).Text);
    }

    [Fact]
    public async Task Evidence_files_stay_closed_unless_the_owner_ticks_them()
    {
        var (org, _, activity, _) = await LogSharedWithTheLeaderAsync();
        var leader = await app.LoginAsync(org.Leader);
        var file = activity.Replace("activiteiten", "bewijs");

        var page = await leader.PageAsync(activity);

        Assert.Empty(page.Document.QuerySelectorAll($"a[href='{file}']"));
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync(file)).StatusCode);
    }

    [Fact]
    public async Task Evidence_files_open_for_the_reader_when_the_owner_ticks_them_and_the_panel_says_so()
    {
        var (org, member, activity, _) = await LogSharedWithTheLeaderAsync(withEvidence: true);
        var leader = await app.LoginAsync(org.Leader);
        var file = activity.Replace("activiteiten", "bewijs");

        var page = await leader.PageAsync(activity);
        var download = await leader.GetAsync(file);
        var panel = await member.PageAsync("/leerlogboek");

        Assert.Single(page.Document.QuerySelectorAll($"a[href='{file}']"));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("%PDF-1.4 intervisie", await download.Content.ReadAsStringAsync());
        Assert.Contains($"Leidinggevende {org.Team["Team ".Length..]} (met bewijsstukken)", panel.All(".app-share .app-notification span"));
    }

    [Fact]
    public async Task The_evidence_box_is_not_ticked_beforehand()
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);

        var box = (await member.PageAsync("/leerlogboek")).Document.QuerySelector($"#evidence-{Guid.Empty:N}")!;

        Assert.False(box.HasAttribute("checked"));
    }
}

namespace Leerruimte.IntegrationTests.Development;

/// <summary>
/// Sharing a measurement shares its comparison with the owner's measurement just before it, that one's scores included
/// (the share panel says so), and nothing of the owner's other measurements. The owner previews what the reader sees.
/// </summary>
public sealed class SharingAMeasurementTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    private Task<(TestOrganisation Org, HttpClient Member, Guid Old, Guid Pre, Guid Post)> ThreeMeasurementsAsync() => app.ThreeMeasurementsAsync();

    private async Task<HtmlPage> ShareAsync(HttpClient owner, Guid measurement, string withEmail) =>
        await (await owner.PageAsync($"/meter/metingen/{measurement}")).SubmitAsync(owner, $"share-{measurement:N}",
            new Dictionary<string, string> { ["ShareWith"] = $"p:{await app.PersonIdAsync(withEmail)}" });

    /// <summary>Before, after and difference of every row of the change table.</summary>
    private static string[] ChangeRows(HtmlPage page) =>
        [.. page.Document.QuerySelectorAll("section[aria-labelledby=change] tbody tr").Select(r => string.Join(" ", r.QuerySelectorAll("td").Select(td => td.TextContent.Trim())))];

    [Fact]
    public async Task A_leader_a_post_measurement_is_shared_with_sees_its_comparison_with_the_pre_and_nothing_of_older_measurements()
    {
        var (org, member, old, pre, post) = await ThreeMeasurementsAsync();
        await ShareAsync(member, post, org.Leader);
        var leader = await app.LoginAsync(org.Leader);

        var shared = await leader.PageAsync($"/gedeeld/metingen/{post}");

        Assert.Contains("(Voormeting)", shared.Document.QuerySelector("#change")!.TextContent);
        var rows = ChangeRows(shared);
        Assert.Equal(4 + 21, rows.Length);
        Assert.All(rows, r => Assert.Matches("^2(,0)? 4(,0)? \\+2(,0)?$", r));
        Assert.DoesNotContain(shared.Document.QuerySelectorAll("main td"), td => td.TextContent.Trim() is "1" or "1,0");
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync($"/gedeeld/metingen/{pre}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync($"/gedeeld/metingen/{old}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync($"/meter/metingen/{pre}")).StatusCode);
    }

    [Fact]
    public async Task Sharing_the_pre_shares_its_comparison_with_the_one_before_it_and_never_the_post()
    {
        var (org, member, _, pre, post) = await ThreeMeasurementsAsync();
        await ShareAsync(member, pre, org.Leader);
        var leader = await app.LoginAsync(org.Leader);

        var shared = await leader.PageAsync($"/gedeeld/metingen/{pre}");

        Assert.All(ChangeRows(shared), r => Assert.Matches("^1(,0)? 2(,0)? \\+1(,0)?$", r));
        Assert.DoesNotContain(shared.Document.QuerySelectorAll("main td"), td => td.TextContent.Trim() is "4" or "4,0");
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync($"/gedeeld/metingen/{post}")).StatusCode);
    }

    [Fact]
    public async Task The_share_panel_says_the_comparison_and_the_earlier_scores_go_with_it_and_the_preview_shows_what_the_reader_sees()
    {
        var (org, member, _, pre, post) = await ThreeMeasurementsAsync();
        var own = await member.PageAsync($"/meter/metingen/{post}");
        var preview = await member.PageAsync($"/meter/metingen/{post}/zoals-gedeeld");
        await ShareAsync(member, post, org.Leader);
        var read = await (await app.LoginAsync(org.Leader)).PageAsync($"/gedeeld/metingen/{post}");

        var said = own.Document.GetElementById("what-is-shared")!.TextContent;
        Assert.Contains("de vergelijking met je meting ervoor", said);
        Assert.Contains(", Voormeting)", said);
        Assert.Contains("In die vergelijking staan ook de scores van die eerdere meting.", said);
        Assert.Equal($"/meter/metingen/{post}/zoals-gedeeld", own.Document.QuerySelector("#what-is-shared a")!.GetAttribute("href"));
        Assert.Contains("Voorbeeld: dit ziet iemand met wie je deze meting deelt.", preview.Text);
        Assert.Equal(ChangeRows(read), ChangeRows(preview));
        Assert.Equal(read.Document.QuerySelector("main h1")!.TextContent, preview.Document.QuerySelector("main h1")!.TextContent);
        Assert.Contains("Krachten: de hoogste scores", preview.Text);
        Assert.Empty(preview.Document.QuerySelectorAll("main form"));
        Assert.Contains("Gedeeld door Teamlid", preview.Text);
        Assert.Contains("Gedeeld door Teamlid", read.Text);
    }

    [Fact]
    public async Task A_first_measurement_says_only_its_results_are_shared_and_the_preview_is_the_owners_only()
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);
        var first = MeterWorld.IdOf((await member.FillAsync(await member.StartMeasurementAsync(), _ => 3)).Url);

        var own = await member.PageAsync($"/meter/metingen/{first}");
        var leader = await (await app.LoginAsync(org.Leader)).GetAsync($"/meter/metingen/{first}/zoals-gedeeld");
        var unfinished = await member.GetAsync($"{await member.StartMeasurementAsync()}/zoals-gedeeld");

        Assert.Contains("Wie je deze meting deelt, ziet alleen de uitslag ervan.", own.Document.GetElementById("what-is-shared")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, leader.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unfinished.StatusCode);
    }
}

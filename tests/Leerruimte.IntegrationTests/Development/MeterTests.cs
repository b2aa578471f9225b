namespace Leerruimte.IntegrationTests.Development;

public sealed class MeterTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    [Fact]
    public async Task A_measurement_is_saved_as_you_go_and_picks_up_where_you_left_off()
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);
        var url = await member.StartMeasurementAsync();
        var first = await member.PageAsync(url);
        var names = first.Document.QuerySelectorAll("input[type=radio]").Select(r => r.GetAttribute("name")!).Distinct().ToList();

        var next = await first.SubmitAsync(member, "scores", names.Select(n => KeyValuePair.Create(n, "4")), ("go", "next"));
        var later = await member.PageAsync(url);

        Assert.Contains("Deel 2 van 4", next.Text);
        Assert.Contains("Deel 2 van 4", later.Text);
        Assert.Contains($"{names.Count} van 21 stellingen gescoord", later.Text);
    }

    [Fact]
    public async Task A_finished_measurement_shows_the_clusters_and_the_strongest_and_weakest_with_ties_as_ties()
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);
        var ids = await app.StatementIdsAsync();
        var url = await member.StartMeasurementAsync();

        // Three 5s, then four 4s: the 4s tie for places 4-7 across the edge of the top five and all of them are shown.
        var result = await member.FillAsync(url, id => ids.IndexOf(id) switch { < 3 => 5, < 7 => 4, _ => 2 });

        Assert.Contains("Je meting is afgerond", result.Text);
        Assert.Equal(4, result.Document.QuerySelectorAll("section[aria-labelledby=clusters] tbody tr").Length);
        Assert.Equal(["1–3", "1–3", "1–3", "4–7", "4–7", "4–7", "4–7"], Places(result, "Mijn krachten"));
        Assert.Contains("Stellingen met dezelfde score staan op een gedeelde plaats", result.Text);
    }

    private static List<string> Places(HtmlPage page, string list) => TopList(page, list).QuerySelectorAll(".app-top-list__place").Select(p => p.TextContent).ToList();

    private static AngleSharp.Dom.IElement TopList(HtmlPage page, string title) =>
        page.Document.QuerySelectorAll("section.app-panel").Single(s => s.QuerySelector("h2")!.TextContent.StartsWith(title));

    private static List<string> Statements(HtmlPage page, string list) =>
        TopList(page, list).QuerySelectorAll(".app-top-list__item:not(.app-top-list__tie) .app-top-list__text").Select(t => t.FirstChild!.TextContent.Trim()).ToList();

    [Fact]
    public async Task Mostly_threes_list_the_few_higher_scores_and_tell_the_large_tie_of_threes_in_one_line_on_the_page_and_in_print()
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);
        var ids = await app.StatementIdsAsync();

        var result = await member.FillAsync(await member.StartMeasurementAsync(), id => ids.IndexOf(id) < 3 ? 5 : 3);
        var print = await member.PageAsync(result.Url + "/afdrukken");

        foreach (var page in new[] { result, print })
        {
            Assert.Equal(3, Statements(page, "Mijn krachten").Count);
            Assert.Empty(Statements(page, "Mijn uitdagingen"));
            Assert.Contains("18 stellingen delen plaats 1, alle met score 3/5.", TopList(page, "Mijn uitdagingen").TextContent);
            Assert.DoesNotContain("stellingen delen plaats", TopList(page, "Mijn krachten").TextContent);
        }
    }

    [Fact]
    public async Task Everything_at_the_top_of_the_scale_shows_no_challenge_and_no_statement_in_both_lists()
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);

        var result = await member.FillAsync(await member.StartMeasurementAsync(), _ => 5);

        Assert.Empty(Statements(result, "Mijn krachten"));
        Assert.Empty(Statements(result, "Mijn uitdagingen"));
        Assert.All(new[] { "Mijn krachten", "Mijn uitdagingen" }, list =>
            Assert.Contains("alle stellingen hebben dezelfde score", TopList(result, list).TextContent));
        Assert.DoesNotContain("5/5", TopList(result, "Mijn uitdagingen").TextContent);
    }

    [Fact]
    public async Task Finishing_with_statements_left_open_keeps_what_was_scored_and_says_how_many_are_missing()
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);
        var url = await member.StartMeasurementAsync();
        var page = await member.PageAsync(url);
        var names = page.Document.QuerySelectorAll("input[type=radio]").Select(r => r.GetAttribute("name")!).Distinct().ToList();

        var result = await page.SubmitAsync(member, "scores", names.Select(n => KeyValuePair.Create(n, "3")), ("go", "finish"));

        Assert.Contains($"Nog {21 - names.Count} stellingen zonder score", result.Text);
        Assert.Contains($"{names.Count} van 21 stellingen gescoord", (await member.PageAsync(url)).Text);
    }

    [Theory]
    [InlineData("9")]
    [InlineData("0")]
    [InlineData("veel")]
    public async Task Scores_off_the_scale_are_refused_and_nothing_of_the_page_is_saved(string score)
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);
        var url = await member.StartMeasurementAsync();
        var page = await member.PageAsync(url);
        var names = page.Document.QuerySelectorAll("input[type=radio]").Select(r => r.GetAttribute("name")!).Distinct().ToList();

        var result = await page.SubmitAsync(member, "scores", names.Select((n, i) => KeyValuePair.Create(n, i == 0 ? score : "3")), ("go", "next"));

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("Een score moet tussen 1 en 5 liggen.", result.Text);
        Assert.Contains("0 van 21 stellingen gescoord", (await member.PageAsync(url)).Text);
    }

    [Fact]
    public async Task A_finished_measurement_cannot_be_changed_by_posting_again()
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);
        var url = await member.StartMeasurementAsync();
        var firstPage = await member.PageAsync(url);
        await member.FillAsync(url, _ => 3);

        var again = await firstPage.SubmitAsync(member, "scores", [KeyValuePair.Create("score-x", "5")], ("go", "finish"));

        Assert.True(again.Status is HttpStatusCode.BadRequest || again.Text.Contains("al afgerond"), again.Status.ToString());
    }

    [Fact]
    public async Task A_second_measurement_shows_the_change_per_cluster_and_statement()
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);
        await member.FillAsync(await member.StartMeasurementAsync(kind: "Pre"), _ => 2);

        var after = await member.FillAsync(await member.StartMeasurementAsync(kind: "Post"), _ => 4);

        Assert.Contains("Verandering sinds", after.Text);
        var rows = after.Document.QuerySelectorAll("section[aria-labelledby=change] tbody tr").ToList();
        Assert.Equal(4 + 21, rows.Count);
        Assert.All(rows, r => Assert.Equal("+2" + (r.ClassList.Contains("app-agenda__item") ? ".0" : ""), r.QuerySelectorAll("td").Last().TextContent.Replace(',', '.')));
        Assert.NotNull(after.Document.QuerySelector(".app-chart"));
        // The hint to the table is a sentence of its own, not part of the label "Na" before it.
        Assert.Equal("De getallen staan in de tabel hieronder.", after.Document.QuerySelector(".app-chart__legend .app-chart__hint")?.TextContent.Trim());
        Assert.DoesNotContain("–", after.Document.QuerySelector(".app-chart__keys")!.TextContent);
    }

    [Fact]
    public async Task Nobody_else_opens_a_measurement_until_it_is_shared_and_not_after_it_is_revoked()
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);
        var url = await member.FillAsync(await member.StartMeasurementAsync(), _ => 3) is var result ? result.Url : "";
        var id = url.Split('/').Last();
        var leader = await app.LoginAsync(org.Leader);
        var leaderId = await app.PersonIdAsync(org.Leader);

        var before = await leader.GetAsync($"/gedeeld/metingen/{id}");
        var ownerPage = await member.PageAsync(url);
        var shared = await ownerPage.SubmitAsync(member, $"share-{Guid.Parse(id):N}", new Dictionary<string, string> { ["ShareWith"] = $"p:{leaderId}" });
        var during = await leader.PageAsync($"/gedeeld/metingen/{id}");
        var list = await leader.PageAsync("/gedeeld");
        var stillNotTheOwnerPage = await leader.GetAsync(url);
        var revokeId = shared.Document.QuerySelector("button[name=RevokeId]")!.GetAttribute("value")!;
        await shared.SubmitAsync(member, $"revoke-{Guid.Parse(id):N}", new Dictionary<string, string>(), ("RevokeId", revokeId));
        var after = await leader.GetAsync($"/gedeeld/metingen/{id}");

        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, during.Status);
        Assert.Contains("Dit is met jou gedeeld", during.Text);
        Assert.Empty(during.Document.QuerySelectorAll("main form"));
        Assert.Contains(list.All(".app-card a"), t => t.EndsWith("(Voormeting)"));
        Assert.Equal(HttpStatusCode.NotFound, stillNotTheOwnerPage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
    }

    [Fact]
    public async Task Sharing_with_someone_outside_ones_teams_is_refused()
    {
        var (org, other) = (await app.CreateOrganisationAsync(), await app.CreateOrganisationAsync());
        var member = await app.LoginAsync(org.Member);
        var result = await member.FillAsync(await member.StartMeasurementAsync(), _ => 3);
        var id = MeterWorld.IdOf(result.Url);

        var refused = await (await member.PageAsync(result.Url)).SubmitAsync(member, $"share-{id:N}",
            new Dictionary<string, string> { ["ShareWith"] = $"p:{await app.PersonIdAsync(other.Member)}" });

        Assert.Contains("Je kunt alleen delen met mensen uit je eigen teams.", refused.Text);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.LoginAsync(other.Member)).GetAsync($"/gedeeld/metingen/{id}")).StatusCode);
    }

    [Fact]
    public async Task The_print_version_holds_the_top_lists_and_the_plan_and_is_the_owners_only()
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);
        var result = await member.FillAsync(await member.StartMeasurementAsync(), _ => 3);

        var print = await member.PageAsync(result.Url + "/afdrukken");
        var other = await (await app.LoginAsync(org.Facilitator)).GetAsync(result.Url + "/afdrukken");

        Assert.Contains("Mijn krachten", print.Text);
        Assert.Contains("Mijn ontwikkelplan", print.Text);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact]
    public async Task The_owner_can_delete_a_measurement_after_confirming()
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);
        var result = await member.FillAsync(await member.StartMeasurementAsync(), _ => 3);
        var page = await member.PageAsync(result.Url);

        // The delete button sits in a closed fold that first says it cannot be undone.
        var fold = page.Document.QuerySelector("details.app-delete")!;
        Assert.False(fold.HasAttribute("open"));
        Assert.Contains("kan niet ongedaan worden gemaakt", fold.TextContent);
        Assert.NotNull(fold.QuerySelector("form button[type=submit]"));
        var deleted = await page.SubmitAsync(member, "delete-measurement", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, deleted.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync(result.Url)).StatusCode);
    }
}

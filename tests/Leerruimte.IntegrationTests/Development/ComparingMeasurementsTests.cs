namespace Leerruimte.IntegrationTests.Development;

/// <summary>With more than two measurements of an instrument the owner chooses which earlier one to compare with, and sees the trend over all of them.</summary>
public sealed class ComparingMeasurementsTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    private Task<(TestOrganisation Org, HttpClient Member, Guid Old, Guid Pre, Guid Post)> ThreeMeasurementsAsync() => app.ThreeMeasurementsAsync();

    /// <summary>Before and after of every row of the change table, as "2 4".</summary>
    private static string[] BeforeAndAfter(HtmlPage page) =>
        [.. page.Document.QuerySelectorAll("section[aria-labelledby=change] tbody tr")
            .Select(r => string.Join(" ", r.QuerySelectorAll("td").Take(2).Select(td => td.TextContent.Trim().Replace(",0", ""))))];

    [Fact]
    public async Task The_owner_compares_with_the_one_just_before_or_chooses_any_earlier_measurement()
    {
        var (_, member, old, pre, post) = await ThreeMeasurementsAsync();

        var standard = await member.PageAsync($"/meter/metingen/{post}");
        var chosen = await member.PageAsync($"/meter/metingen/{post}?vergelijk={old}");

        Assert.All(BeforeAndAfter(standard), r => Assert.Equal("2 4", r));
        Assert.Equal([pre.ToString(), old.ToString()], standard.Document.QuerySelectorAll("select[name=vergelijk] option").Select(o => o.GetAttribute("value")));
        Assert.Equal(pre.ToString(), standard.Document.QuerySelector("select[name=vergelijk] option[selected]")!.GetAttribute("value"));
        Assert.Equal(4 + 21, BeforeAndAfter(chosen).Length);
        Assert.All(BeforeAndAfter(chosen), r => Assert.Equal("1 4", r));
        Assert.Contains("(Losse meting)", chosen.Document.QuerySelector("#change")!.TextContent);
        Assert.Equal(old.ToString(), chosen.Document.QuerySelector("select[name=vergelijk] option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_comparison_that_is_not_an_earlier_measurement_of_ones_own_falls_back_to_the_one_just_before()
    {
        var (org, member, _, pre, post) = await ThreeMeasurementsAsync();
        var colleague = await app.LoginAsync(org.Facilitator);
        var theirs = MeterWorld.IdOf((await colleague.FillAsync(await colleague.StartMeasurementAsync(), _ => 5)).Url);

        foreach (var value in new[] { "abc", "", Guid.Empty.ToString(), theirs.ToString(), post.ToString(), new string('9', 5000) })
        {
            var page = await member.PageAsync($"/meter/metingen/{post}?vergelijk={Uri.EscapeDataString(value)}");
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.All(BeforeAndAfter(page), r => Assert.Equal("2 4", r));
        }
        // A later measurement is no earlier one: the pre compares with the old one, never with the post.
        var pre_ = await member.PageAsync($"/meter/metingen/{pre}?vergelijk={post}");
        Assert.All(BeforeAndAfter(pre_), r => Assert.Equal("1 2", r));
    }

    [Fact]
    public async Task The_trend_shows_every_measurement_of_the_instrument_oldest_first_from_three_up()
    {
        var (_, member, old, pre, post) = await ThreeMeasurementsAsync();

        var three = await member.PageAsync($"/meter/metingen/{post}");
        var two = await member.PageAsync($"/meter/metingen/{pre}");

        var trend = three.Document.QuerySelector("section[aria-labelledby=trend]")!;
        Assert.NotNull(trend.QuerySelector(".app-chart"));
        Assert.Equal(["Losse meting", "Voormeting", "Nameting"], trend.QuerySelectorAll("thead th").Skip(1).Select(th => th.TextContent.Split('(', ')')[1]));
        var rows = trend.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(4, rows.Count);
        Assert.All(rows, r => Assert.Equal(["1,0", "2,0", "4,0"], r.QuerySelectorAll("td").Select(td => td.TextContent.Trim())));
        Assert.Equal(3 * 4, trend.QuerySelectorAll(".app-chart__bar").Length);
        Assert.Null(two.Document.QuerySelector("section[aria-labelledby=trend]"));
        Assert.Null(two.Document.QuerySelector("select[name=vergelijk]"));
    }
}

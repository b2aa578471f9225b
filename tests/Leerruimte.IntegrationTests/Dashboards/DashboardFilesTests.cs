using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using X = DocumentFormat.OpenXml.Spreadsheet;

namespace Leerruimte.IntegrationTests.Dashboards;

/// <summary>
/// Every dashboard table as CSV and XLSX, and the dashboard on A4: the same figures and dashes as the page, for
/// the same people only, and nothing the page does not show (a leader gets no organisation total in any form).
/// </summary>
public sealed class DashboardFilesTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    [Fact]
    public async Task A_team_table_downloads_as_csv_with_the_pages_figures_and_dashes()
    {
        var w = await DashboardWorld.NoordAndZuidAsync(app);
        var leader = await app.LoginAsync(w.LeaderOf("noord"));
        var page = await leader.PageAsync($"/teams/{w.Team("noord")}/dashboard?jaar={w.Year.Year}");
        var link = page.Document.QuerySelectorAll("a[href*='/export/bijeenkomsten']").Select(a => a.GetAttribute("href")!).First(h => h.Contains("formaat=csv"));

        var response = await leader.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"dashboard-{w.Year.Year}-bijeenkomsten.csv", response.Content.Headers.ContentDisposition?.FileNameStar);
        var lines = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["Kwartaal;Gehouden;Mensen aanwezig;Aanwezigheden", "K1;2;4;8", "K2;–;–;–", "K3;–;–;–", "K4;–;–;–", "Heel jaar;2;4;8"], lines);
    }

    [Fact]
    public async Task The_admins_table_per_team_downloads_as_a_workbook_with_numbers_as_numbers_and_the_total()
    {
        var w = await DashboardWorld.NoordAndZuidAsync(app);
        var admin = await app.LoginAsync(w.Admin);

        var response = await admin.GetAsync($"/dashboard/export/bijeenkomsten-per-team?jaar={w.Year.Year}&formaat=xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var rows = Read(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["Teambijeenkomsten gehouden, " + w.Year.Year], rows[0]);
        Assert.Equal(["Team", "K1", "K2", "K3", "K4", "Heel jaar"], rows[1]);
        Assert.Equal(["noord", "2", "–", "–", "–", "2"], rows[2]);
        Assert.Equal(["zuid", "–", "–", "–", "–", "–"], rows[3]);
        Assert.Equal(["Hele organisatie", "2", "–", "–", "–", "2"], rows[4]);
    }

    [Fact]
    public async Task Files_go_to_those_who_see_the_dashboard_and_a_leader_gets_no_total_of_the_organisation()
    {
        var w = await DashboardWorld.NoordAndZuidAsync(app);
        var member = await app.LoginAsync(w.MemberOf("noord"));
        var otherLeader = await app.LoginAsync(w.LeaderOf("zuid"));
        var leader = await app.LoginAsync(w.LeaderOf("noord"));
        var team = $"/teams/{w.Team("noord")}/dashboard/export";

        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"{team}/bijeenkomsten?formaat=csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync("/dashboard/export/bijeenkomsten-per-team?formaat=csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherLeader.GetAsync($"{team}/bijeenkomsten?formaat=csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync("/dashboard/export/bijeenkomsten?formaat=csv")).StatusCode); // the total's table
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync($"{team}/bestaat-niet?formaat=csv")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await leader.GetAsync($"{team}/bijeenkomsten?formaat=pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await leader.GetAsync($"{team}/bijeenkomsten?formaat=csv&jaar=twintig")).StatusCode);
        var hers = await leader.GetStringAsync($"/dashboard/export/bijeenkomsten-per-team?jaar={w.Year.Year}&formaat=csv");
        Assert.DoesNotContain("zuid", hers);
        Assert.DoesNotContain("Hele organisatie", hers);
    }

    [Fact]
    public async Task The_print_view_holds_every_table_with_the_filters_and_no_links()
    {
        var w = await DashboardWorld.NoordAndZuidAsync(app);
        var leader = await app.LoginAsync(w.LeaderOf("noord"));
        var admin = await app.LoginAsync(w.Admin);
        var member = await app.LoginAsync(w.MemberOf("noord"));

        var team = await leader.PageAsync($"/teams/{w.Team("noord")}/dashboard/afdrukken?jaar={w.Year.Year}");
        var organisation = await admin.PageAsync($"/dashboard/afdrukken?jaar={w.Year.Year}");
        var hers = await leader.PageAsync($"/dashboard/afdrukken?jaar={w.Year.Year}");

        Assert.Equal(HttpStatusCode.OK, team.Status);
        // Meetings, actions, learning, sessions, open work (all with rows, dashes or not); meter, feedback and topics have none here.
        Assert.Equal(5, team.Document.QuerySelectorAll("table").Length);
        Assert.Equal(["K2", "–", "–", "–"], DashboardWorld.Row(DashboardWorld.Table(team, "Teambijeenkomsten"), "K2"));
        Assert.Contains($"Jaar {w.Year.Year}, per kwartaal; Alle modules.", team.Text);
        Assert.Empty(team.Document.QuerySelectorAll("main table a"));
        Assert.Equal(["Hele organisatie", "2", "–", "–", "–", "2"], DashboardWorld.Row(DashboardWorld.Table(organisation, "Teambijeenkomsten gehouden"), "Hele organisatie"));
        Assert.DoesNotContain("Hele organisatie", hers.Text);
        Assert.Equal(HttpStatusCode.NotFound, (await member.PageAsync($"/teams/{w.Team("noord")}/dashboard/afdrukken")).Status);
    }

    /// <summary>The first sheet's rows as the text a reader sees (numbers in invariant notation).</summary>
    private static List<string[]> Read(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        return sheet.Descendants<X.Row>().Select(r => r.Elements<X.Cell>().Select(c =>
            c.DataType?.Value == X.CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue!.Text).ToArray()).ToList();
    }
}

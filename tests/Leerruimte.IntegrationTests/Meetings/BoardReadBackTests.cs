using System.Text;

namespace Leerruimte.IntegrationTests.Meetings;

/// <summary>
/// The board no longer vanishes at the next item or at the close (issue 10, item 3): the people in the meeting read
/// back every step's notes, print them on A4 and download them as CSV; nobody else can.
/// </summary>
public sealed class BoardReadBackTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    [Fact]
    public async Task The_people_in_the_meeting_read_back_every_steps_board_after_it_closed()
    {
        var (org, id) = await app.MeetingWithTwoBoardsAsync();

        foreach (var path in new[] { "bord", "bord/afdrukken" })
        {
            var page = await (await app.LoginAsync(org.Member)).PageAsync($"/bijeenkomsten/{id}/{path}");

            Assert.Equal(HttpStatusCode.OK, page.Status);
            var steps = page.Document.QuerySelectorAll(".app-readback__step").ToList();
            Assert.Equal(2, steps.Count);
            Assert.StartsWith("1. Introductie van de competentie", steps[0].QuerySelector("h2")!.TextContent.Trim());
            Assert.Contains("Wat betekent ondernemen voor ons?", steps[0].TextContent);
            Assert.Contains("2 briefjes", steps[1].TextContent);
            Assert.Contains("Een inloopspreekuur", steps[1].TextContent);
            Assert.Contains("Teamlid", steps[1].QuerySelector(".app-note__author")!.TextContent);
        }
        var meetingPage = await (await app.LoginAsync(org.Member)).PageAsync($"/bijeenkomsten/{id}");
        Assert.NotNull(meetingPage.Document.QuerySelector($"a[href='/bijeenkomsten/{id}/bord']"));
    }

    [Fact]
    public async Task The_board_downloads_as_a_csv_that_spreadsheets_open_and_formulas_stay_text()
    {
        var (org, id) = await app.MeetingWithTwoBoardsAsync();

        var response = await (await app.LoginAsync(org.Facilitator)).GetAsync($"/bijeenkomsten/{id}/bord.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("Onderdeel;Vak of groep;Briefje;Van;Tijd", lines[0]);
        Assert.Equal(4, lines.Count);
        Assert.Contains(lines, l => l.StartsWith("1. Introductie van de competentie;Hele team;Wat betekent ondernemen voor ons?;", StringComparison.Ordinal));
        var formula = Assert.Single(lines, l => l.Contains("SUM(A1)", StringComparison.Ordinal));
        Assert.DoesNotContain(";=SUM(A1)", formula);
    }

    [Fact]
    public async Task Nobody_outside_the_meeting_reads_its_board()
    {
        var (org, id) = await app.MeetingWithTwoBoardsAsync();
        var other = await app.CreateOrganisationAsync();

        foreach (var email in new[] { org.Leader, org.Loner, other.Admin, other.Member })
        {
            var client = await app.LoginAsync(email);
            foreach (var path in new[] { "bord", "bord/afdrukken", "bord.csv" })
                Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/bijeenkomsten/{id}/{path}")).StatusCode);
        }
        var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync($"/bijeenkomsten/{id}/bord.csv")).StatusCode);
    }
}

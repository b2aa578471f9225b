using System.Net;
using Leerruimte.Infrastructure;
using Leerruimte.IntegrationTests.Meetings;

namespace Leerruimte.IntegrationTests.Dashboards;

/// <summary>The demo's dashboards tell their story on any day: last year has figures in every quarter for both teams.</summary>
public sealed class DemoDashboardTests
{
    [Theory]
    [InlineData("2026-12-31T22:30:00Z")] // the last hour of a year, Dutch time
    [InlineData("2027-01-01T00:30:00Z")] // the first of the next
    [InlineData("2027-07-15T12:00:00Z")]
    public async Task The_leader_sees_last_year_in_figures_for_both_teams(string utc)
    {
        var now = DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture);
        var app = new DemoAtApp(now);
        try
        {
            var leader = await app.LoginAsync("leidinggevende@lindenhaven.example");
            var lastYear = DutchTime.Today(app.Clock).Year - 1;

            var page = await leader.PageAsync($"/dashboard?jaar={lastYear}");

            Assert.Equal(HttpStatusCode.OK, page.Status);
            var meetings = DashboardWorld.Table(page, "Teambijeenkomsten gehouden");
            foreach (var team in new[] { "Wijkteam Noord", "Wijkteam Zuid" })
                Assert.All(DashboardWorld.Row(meetings, team)[1..5], figure => Assert.True(int.TryParse(figure, out var held) && held >= 2, $"{team}: {figure}"));
        }
        finally
        {
            await app.DisposeAsync();
            await app.Database.DisposeAsync();
        }
    }
}

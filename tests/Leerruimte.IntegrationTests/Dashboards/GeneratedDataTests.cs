using System.Net;
using Leerruimte.Bench.Generator;

namespace Leerruimte.IntegrationTests.Dashboards;

/// <summary>
/// The national-scale generator (bench/generate.sh) at a tiny scale, into this test's database on the provider under
/// test: the app signs its people in with the one password and reads their five years of history on the dashboards.
/// </summary>
public sealed class GeneratedDataTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    [Fact]
    public async Task The_admin_of_the_largest_generated_organisation_and_a_team_leader_read_figures_on_their_dashboards()
    {
        var generated = await app.InScopeAsync(sp => Generation.RunAsync(sp, new GeneratorSettings(0.002, Seed: 13, app.UtcNow), new Progress(null)));
        var admin = await app.LoginAsync(generated.Admin, Generation.Password);
        var leader = await app.LoginAsync(generated.Leader, Generation.Password);

        var organisation = await admin.PageAsync($"/dashboard?jaar={app.UtcNow.Year - 1}");
        var team = await leader.PageAsync($"/teams/{generated.LeadersTeam}/dashboard?jaar={app.UtcNow.Year - 1}");

        Assert.True(generated.Organisations >= 3 && generated.LargestTeams >= 3, $"{generated.Organisations} organisations, {generated.LargestTeams} teams in the largest");
        Assert.All(Tables, t => Assert.True(generated.Rows.GetValueOrDefault(t) > 0, $"no rows in {t}"));
        Assert.Equal(HttpStatusCode.OK, organisation.Status);
        Assert.Equal(HttpStatusCode.OK, team.Status);
        Assert.Contains(Figures(organisation), f => f > 0);
        Assert.Contains(Figures(team), f => f > 0);
    }

    private static readonly string[] Tables =
    [
        "Organisations", "Teams", "AspNetUsers", "AspNetUserRoles", "TeamMemberships", "Meetings", "LiveSessions", "SessionParticipants", "BoardItems",
        "PersonalActions", "FormResponses", "FormAnswers", "FeedbackReports", "CaseConsultations", "BoardSessions", "LearningActivities", "Measurements", "MeasurementScores",
    ];

    /// <summary>The numbers in the dashboard's tables; a figure held back is a dash and not among them.</summary>
    private static List<double> Figures(HtmlPage page) =>
        page.All("table td").Select(t => double.TryParse(t.Replace(",", "."), System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : -1).Where(n => n >= 0).ToList();
}

using Leerruimte.IntegrationTests.Development;
using Leerruimte.IntegrationTests.Meetings;
using Leerruimte.Features.Cohorts;

namespace Leerruimte.IntegrationTests.Cohorts;

/// <summary>
/// Participants fill in the meter before module 1 and in module 4; the trainer sees the cohort's averages only, from the
/// minimum group size up and only once the group is closed; each participant sees their own change.
/// </summary>
public sealed class CohortMeterTests(FakeClockApp app) : IClassFixture<FakeClockApp>
{
    private static async Task<string> MeasureAsync(HttpClient client, Guid cohort, string kind, int score)
    {
        var result = await (await client.PageAsync(CohortLinks.Page(cohort))).SubmitAsync(client, "cohort-meter", new Dictionary<string, string>(), ("Kind", kind));
        Assert.Equal(HttpStatusCode.Redirect, result.Status);
        var url = new Uri(new Uri("http://localhost"), result.Response.Headers.Location!).AbsolutePath;
        await client.FillAsync(url, _ => score);
        return url;
    }

    [Fact]
    public async Task The_trainer_sees_the_before_average_only_after_module_1_and_only_from_three_participants_never_one_person()
    {
        var org = await app.CreateOrganisationAsync();
        var extra = await app.AddMemberAsync(org, org.OtherTeam);
        var id = await app.PlanCohortAsync(org, org.Member, org.Colleague, org.Facilitator, extra);
        var cohort = await app.CohortAsync(id);
        var trainer = await app.LoginAsync(org.Trainer);
        await MeasureAsync(await app.LoginAsync(org.Member), id, "Pre", 2);
        await MeasureAsync(await app.LoginAsync(org.Colleague), id, "Pre", 4);

        var open = await trainer.PageAsync(CohortLinks.Page(id));
        app.Clock.SetUtcNow(new DateTimeOffset(cohort.Sessions.Single(s => s.Module == 1).EndsAt.AddMinutes(1), TimeSpan.Zero));
        var tooFew = await (await app.LoginAsync(org.Trainer)).PageAsync(CohortLinks.Page(id)); // a week on: a new sign-in

        Assert.Contains("de metingen tellen mee tot", open.Text);
        Assert.Contains("te weinig deelnemers", tooFew.Text);
        Assert.Null(tooFew.Document.QuerySelector("#cohort-change-caption"));
    }

    [Fact]
    public async Task With_three_before_measurements_the_trainer_sees_their_average_and_a_late_one_does_not_move_it()
    {
        var org = await app.CreateOrganisationAsync();
        var extra = await app.AddMemberAsync(org, org.OtherTeam);
        var id = await app.PlanCohortAsync(org, org.Member, org.Colleague, org.Facilitator, extra);
        var cohort = await app.CohortAsync(id);
        var trainer = await app.LoginAsync(org.Trainer);
        await MeasureAsync(await app.LoginAsync(org.Member), id, "Pre", 2);
        await MeasureAsync(await app.LoginAsync(org.Colleague), id, "Pre", 3);
        await MeasureAsync(await app.LoginAsync(org.Facilitator), id, "Pre", 4);

        app.Clock.SetUtcNow(new DateTimeOffset(cohort.Sessions.Single(s => s.Module == 1).EndsAt.AddMinutes(1), TimeSpan.Zero));
        trainer = await app.LoginAsync(org.Trainer); // a week on: a new sign-in
        var shown = await trainer.PageAsync(CohortLinks.Page(id));
        await MeasureAsync(await app.LoginAsync(extra), id, "Pre", 1);
        var later = await trainer.PageAsync(CohortLinks.Page(id));

        var cells = shown.Document.QuerySelectorAll("#cohort-change-caption ~ tbody td:first-of-type").Select(td => td.TextContent.Trim()).ToList();
        Assert.NotEmpty(cells);
        Assert.All(cells, c => Assert.Equal("3,0", c));
        Assert.Equal(cells, later.Document.QuerySelectorAll("#cohort-change-caption ~ tbody td:first-of-type").Select(td => td.TextContent.Trim()));
        Assert.DoesNotContain("Teamlid", shown.Document.QuerySelector("main")!.TextContent.Split("Deelnemers")[0]);
    }

    [Fact]
    public async Task A_participant_sees_only_their_own_measurements_for_the_cohort_and_an_outsider_cannot_start_one_for_it()
    {
        var org = await app.CreateOrganisationAsync();
        var id = await app.PlanCohortAsync(org, org.Member, org.Colleague);
        var member = await app.LoginAsync(org.Member);
        var url = await MeasureAsync(member, id, "Pre", 3);
        await MeasureAsync(await app.LoginAsync(org.Colleague), id, "Pre", 3);

        var page = await member.PageAsync(CohortLinks.Page(id));
        var forged = await (await app.LoginAsync(org.Loner)).PostAsync(CohortLinks.Page(id), new FormUrlEncodedContent([]));

        Assert.Single(page.Document.QuerySelectorAll("a[href^='/meter/metingen/']"));
        Assert.NotNull(page.Document.QuerySelector($"a[href='{url}']"));
        Assert.NotEqual(HttpStatusCode.InternalServerError, forged.StatusCode);
        Assert.NotEqual(HttpStatusCode.Redirect, forged.StatusCode);
    }
}

using AngleSharp.Html.Dom;
using Leerruimte.IntegrationTests.Cohorts;
using Leerruimte.IntegrationTests.Meetings;

namespace Leerruimte.IntegrationTests.Sharing;

/// <summary>A participant can share their plan or meter with the trainer of their cohort (PRODUCT: colleague, leader, trainer); nobody else gets the trainer offered.</summary>
public sealed class ShareWithTrainerTests(FakeClockApp app) : IClassFixture<FakeClockApp>
{
    [Fact]
    public async Task The_trainer_of_a_cohort_is_offered_to_its_participants_and_to_nobody_else()
    {
        var org = await app.CreateOrganisationAsync();
        await app.PlanCohortAsync(org, org.Member);
        var key = org.Team["Team ".Length..];

        var participant = await OptionsAsync(org.Member);
        var outside = await OptionsAsync(org.Colleague);

        Assert.Contains($"Trainer {key} – trainer", participant);
        Assert.DoesNotContain(outside, o => o.StartsWith("Trainer", StringComparison.Ordinal));
    }

    private async Task<List<string>> OptionsAsync(string email)
    {
        var plan = await (await app.LoginAsync(email)).PageAsync("/ontwikkelplan");
        var select = (IHtmlSelectElement)plan.Document.QuerySelector($"#recipient-{Guid.Empty:N}")!;
        return [.. select.Options.Select(o => o.TextContent.Trim())];
    }
}

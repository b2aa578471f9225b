using Leerruimte.Data;
using Leerruimte.Features.Cohorts;
using Leerruimte.IntegrationTests.Cohorts;
using Leerruimte.IntegrationTests.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.RunningCases;

/// <summary>
/// PRODUCT, role cards: the actor background to the trainer and whoever plays the client, the carer's card to whoever
/// plays the carer, each stage to participants only once the trainer released it. Per role, over HTTP.
/// </summary>
public sealed class RoleCardAccessTests(FakeClockApp app) : IClassFixture<FakeClockApp>
{
    private const string Background = "Achtergrond voor wie de cliënt speelt";
    private const string CarerCard = "Rolkaart van de mantelzorger";

    private static string Cases(Guid cohort) => $"{CohortLinks.Page(cohort)}/casussen";

    private async Task<HtmlPage> AssignJohanAsync(TestOrganisation org, Guid cohort)
    {
        var trainer = await app.LoginAsync(org.Trainer);
        return await (await trainer.PageAsync(Cases(cohort))).SubmitAsync(trainer, "assign-johan", new Dictionary<string, string>
        {
            ["ClientActor"] = (await app.PersonIdAsync(org.Member)).ToString(), ["Carer"] = (await app.PersonIdAsync(org.Colleague)).ToString(),
        });
    }

    private async Task<(int Backgrounds, int Cards, int Stages)> SeenByAsync(string email, Guid cohort)
    {
        var page = await (await app.LoginAsync(email)).PageAsync(Cases(cohort));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var headings = page.Document.QuerySelectorAll("h3").Select(h => h.TextContent).ToList();
        return (headings.Count(h => h.StartsWith(Background)), headings.Count(h => h.StartsWith(CarerCard)), page.Document.QuerySelectorAll("[data-stage]").Length);
    }

    [Fact]
    public async Task Each_part_sees_its_own_card_and_no_stage_before_the_trainer_releases_one()
    {
        var org = await app.CreateOrganisationAsync();
        var cohort = await app.PlanCohortAsync(org, org.Member, org.Colleague, org.Facilitator);
        await AssignJohanAsync(org, cohort);

        var trainer = await SeenByAsync(org.Trainer, cohort);
        var client = await SeenByAsync(org.Member, cohort);
        var carer = await SeenByAsync(org.Colleague, cohort);
        var observer = await SeenByAsync(org.Facilitator, cohort);

        Assert.Equal(3, trainer.Backgrounds);
        Assert.True(trainer.Cards >= 1);
        Assert.True(trainer.Stages >= 12);
        Assert.Equal((1, 0, 0), client);
        Assert.Equal((0, 1, 0), carer);
        Assert.Equal((0, 0, 0), observer);
    }

    [Fact]
    public async Task A_released_stage_reaches_every_participant_and_the_others_stay_closed()
    {
        var org = await app.CreateOrganisationAsync();
        var cohort = await app.PlanCohortAsync(org, org.Member, org.Colleague);
        var trainer = await app.LoginAsync(org.Trainer);

        var released = await (await trainer.PageAsync(Cases(cohort))).SubmitAsync(trainer, "release-johan-eerste-beeld", new Dictionary<string, string>());
        var page = await (await app.LoginAsync(org.Colleague)).PageAsync(Cases(cohort));

        Assert.Equal(HttpStatusCode.OK, released.Status);
        Assert.Equal(["johan/eerste-beeld"], page.Document.QuerySelectorAll("[data-stage]").Select(s => s.GetAttribute("data-stage")));
        Assert.Equal(2, page.Document.QuerySelectorAll("p").Count(p => p.TextContent.Contains("De trainer heeft nog geen fase van deze casus vrijgegeven.")));
    }

    [Fact]
    public async Task One_person_does_not_play_both_parts_and_a_refused_choice_keeps_the_parts_given_before()
    {
        var org = await app.CreateOrganisationAsync();
        var cohort = await app.PlanCohortAsync(org, org.Member, org.Colleague);
        await AssignJohanAsync(org, cohort);
        var trainer = await app.LoginAsync(org.Trainer);
        var member = (await app.PersonIdAsync(org.Member)).ToString();

        var refused = await (await trainer.PageAsync(Cases(cohort))).SubmitAsync(trainer, "assign-johan", new Dictionary<string, string>
        {
            ["ClientActor"] = member, ["Carer"] = member,
        });

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("Eén persoon speelt niet tegelijk de cliënt en de mantelzorger.", refused.Document.QuerySelector("main [role=alert]")?.TextContent);
        Assert.Equal((1, 0, 0), await SeenByAsync(org.Member, cohort));
        Assert.Equal((0, 1, 0), await SeenByAsync(org.Colleague, cohort));
    }

    [Fact]
    public async Task Only_the_trainer_releases_and_gives_parts_and_outsiders_do_not_learn_the_cases_exist()
    {
        var org = await app.CreateOrganisationAsync();
        var other = await app.CreateOrganisationAsync("Andere organisatie");
        var cohort = await app.PlanCohortAsync(org, org.Member, org.Colleague);
        var leader = await app.LoginAsync(org.Leader);

        var asParticipant = await app.InScopeAsync(sp => sp.GetRequiredService<Leerruimte.Features.RunningCases.CohortCases>()
            .ReleaseAsync(cohort, app.PersonIdAsync(org.Member).Result, "johan", "eerste-beeld"));
        var unknownStage = await app.AsAsync(org.Trainer, (sp, me) => sp.GetRequiredService<Leerruimte.Features.RunningCases.CohortCases>()
            .ReleaseAsync(cohort, me, "johan", "bestaat-niet"));
        var outsider = await app.AsAsync(org.Trainer, (sp, me) => sp.GetRequiredService<Leerruimte.Features.RunningCases.CohortCases>()
            .AssignAsync(cohort, me, "johan", clientActor: null, carer: app.PersonIdAsync(org.Loner).Result));
        var releases = await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().StageReleases.IgnoreQueryFilters([TenantFilters.Name]).CountAsync(r => r.CohortId == cohort));

        Assert.Equal("Alleen de trainer van deze groep kan dat.", asParticipant);
        Assert.Equal("Deze casus of fase bestaat niet (meer). Laad de pagina opnieuw.", unknownStage);
        Assert.Equal("Kies iemand uit de deelnemers van deze groep.", outsider);
        Assert.Equal(0, releases);
        foreach (var who in new[] { org.Loner, org.Admin, other.Trainer })
            Assert.Equal(HttpStatusCode.NotFound, (await (await app.LoginAsync(who)).PageAsync(Cases(cohort))).Status);
        Assert.False((await (await app.LoginAsync(org.Member)).PageAsync(Cases(cohort))).HasForm("release-johan-eerste-beeld"));
        Assert.Equal(HttpStatusCode.NotFound, (await leader.PageAsync(Cases(cohort))).Status); // not commissioned by this leader
    }

    [Fact]
    public async Task The_trainer_prints_every_role_card_on_its_own_sheet_with_its_player_and_nobody_else_gets_them()
    {
        var org = await app.CreateOrganisationAsync();
        var cohort = await app.PlanCohortAsync(org, org.Member, org.Colleague, org.Facilitator);
        await AssignJohanAsync(org, cohort);
        var print = $"{Cases(cohort)}/afdrukken";

        var page = await (await app.LoginAsync(org.Trainer)).PageAsync(print);
        var sheets = page.Document.QuerySelectorAll("section.app-sheet").ToList();
        var johan = sheets.Where(s => s.TextContent.Contains("Johan")).ToList();

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.Document.QuerySelector(".app-header"));
        Assert.True(sheets.Count >= 4); // a client card for each of the three cases, and the carers' cards
        Assert.Equal(3, sheets.Count(s => s.QuerySelector("h2")!.TextContent == "Rolkaart van de cliënt"));
        Assert.Contains(johan, s => s.QuerySelector("h2")!.TextContent == "Rolkaart van de cliënt" && s.QuerySelector("dd")!.TextContent.StartsWith("Teamlid", StringComparison.Ordinal));
        Assert.All(sheets.Where(s => !s.TextContent.Contains("Johan")), s => Assert.Equal("app-write-line", s.QuerySelector("dd")!.ClassName));
        Assert.Contains(Cases(cohort), page.Document.QuerySelectorAll(".app-print__toolbar a").Select(a => a.GetAttribute("href")));
        foreach (var who in new[] { org.Member, org.Colleague, org.Facilitator, org.Admin, org.Loner })
            Assert.Equal(HttpStatusCode.NotFound, (await (await app.LoginAsync(who)).PageAsync(print)).Status);
    }
}

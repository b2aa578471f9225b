using Leerruimte.Data;
using Leerruimte.Features.Cohorts.Live;
using Leerruimte.IntegrationTests.Cohorts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.ConversationRoute;

/// <summary>W6, item 7: an organisation writes its own answers to the ten route questions; the trainer shows them in module 1.</summary>
public sealed class RouteAnswersTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    private const string Page = "/trainingen/route-van-het-gesprek";

    private static async Task<HtmlPage> SaveAsync(HttpClient who, params (int Number, string Text)[] answers) =>
        await (await who.PageAsync(Page)).SubmitAsync(who, "route-answers", answers.Select(a => KeyValuePair.Create($"Answers[{a.Number}]", a.Text)));

    [Fact]
    public async Task The_admin_writes_answers_everyone_in_the_organisation_reads_them_and_another_organisation_does_not()
    {
        var org = await app.CreateOrganisationAsync();
        var other = await app.CreateOrganisationAsync("Andere organisatie");
        var admin = await app.LoginAsync(org.Admin);

        var saved = await SaveAsync(admin, (2, "Via het Wmo-loket of de huisarts, bij de teamcoördinator."), (7, "Binnen acht weken na de melding."));
        var member = await (await app.LoginAsync(org.Member)).PageAsync(Page);
        var outsider = await (await app.LoginAsync(other.Admin)).PageAsync(Page);

        Assert.Contains("De antwoorden zijn opgeslagen.", saved.Text);
        Assert.Equal(10, member.Document.QuerySelectorAll(".app-route__item").Length);
        Assert.Contains("Via het Wmo-loket of de huisarts", member.All(".app-route__item").ElementAt(1));
        Assert.Contains("Nog niet ingevuld.", member.All(".app-route__item").First());
        Assert.False(member.HasForm("route-answers"));
        Assert.False((await (await app.LoginAsync(org.Facilitator)).PageAsync(Page)).HasForm("route-answers"));
        Assert.DoesNotContain("Wmo-loket", outsider.Text);
        var trainer = await (await app.LoginAsync(org.Trainer)).PageAsync(Page);
        Assert.Equal("Binnen acht weken na de melding.", trainer.Document.QuerySelector("#answer-7")!.TextContent);
    }

    [Fact]
    public async Task A_too_long_answer_or_an_unknown_question_is_refused_in_dutch_keeps_what_was_typed_and_saves_nothing()
    {
        var org = await app.CreateOrganisationAsync();
        var leader = await app.LoginAsync(org.Leader);
        await SaveAsync(leader, (1, "Zelfregie versterken."));

        var tooLong = await SaveAsync(leader, (1, "Iets anders."), (3, new string('x', 2001)));
        var unknown = await SaveAsync(leader, (99, "Bestaat niet"));
        var cleared = await SaveAsync(leader, (1, "  "));
        var stored = await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().RouteAnswers.IgnoreQueryFilters([TenantFilters.Name]).Where(a => a.OrganisationId == org.Id).ToListAsync());

        Assert.All(new[] { tooLong, unknown }, p => Assert.Equal(HttpStatusCode.OK, p.Status));
        Assert.Contains("Een antwoord is langer dan 2000 tekens.", tooLong.Text);
        Assert.Equal("Iets anders.", tooLong.Document.QuerySelector("#answer-1")!.TextContent);
        Assert.Contains("Een van de antwoorden hoort bij geen van de vragen.", unknown.Text);
        Assert.Contains("De antwoorden zijn opgeslagen.", cleared.Text);
        Assert.Empty(stored); // the refused saves changed nothing; the empty answer removed the one there was
    }

    [Fact]
    public async Task The_module_1_session_shows_the_answers_at_the_route_activity_and_no_other()
    {
        var org = await app.CreateOrganisationAsync();
        await SaveAsync(await app.LoginAsync(org.Trainer), (5, "Met naam, functie en wat ik kom doen."));
        var cohort = await app.CohortAsync(await app.PlanCohortAsync(org, org.Member));

        var (first, second) = await app.InScopeAsync(async sp =>
        {
            sp.GetRequiredService<Leerruimte.Tenancy.TenantContext>().Enter(org.Id);
            return (await TrainingHost.LoadAsync(sp, cohort.Sessions.Single(s => s.Module == 1).Id), await TrainingHost.LoadAsync(sp, cohort.Sessions.Single(s => s.Module == 2).Id));
        });

        var routeItem = first!.Module.Script.FindIndex(i => i.WorkForm == "route-van-het-gesprek");
        Assert.True(first.ShowsRoute(routeItem));
        Assert.False(first.ShowsRoute(0));
        Assert.Equal("Met naam, functie en wat ik kom doen.", first.Route[4].Answer);
        Assert.Empty(second!.Route);
    }
}

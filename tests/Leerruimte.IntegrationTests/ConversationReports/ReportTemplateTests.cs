using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.ConversationReports;
using Leerruimte.Features.Cohorts;
using Leerruimte.Features.TrainingProgrammes;
using Leerruimte.IntegrationTests.Cohorts;
using Leerruimte.IntegrationTests.Meetings;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.ConversationReports;

/// <summary>Issue 12, item 6: the blank conversation report on A4, for those who write on paper.</summary>
public sealed class ReportTemplateTests(FakeClockApp app) : IClassFixture<FakeClockApp>
{
    private static readonly string Template = TrainingProgrammeLinks.PrintReportTemplate(CohortWorld.Programme);

    [Fact]
    public async Task The_blank_template_shows_every_life_domain_with_its_phases_and_the_support_plan_with_empty_rows()
    {
        var org = await app.CreateOrganisationAsync();
        var lists = await app.InScopeAsync(sp => ReportLists.LoadAsync(sp.GetRequiredService<ContentCatalogue>()));

        var page = await (await app.LoginAsync(org.Trainer)).PageAsync(Template);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Gespreksverslag", page.H1);
        Assert.NotEmpty(lists.Domains);
        Assert.Equal(lists.Domains, page.All("section.app-panel h3"));
        Assert.All(page.Document.QuerySelectorAll("section.app-panel"), s => Assert.Equal(lists.Phases, s.QuerySelectorAll(".app-tick-list li").Select(li => li.TextContent.Trim())));
        Assert.Contains("Wonen", page.Text);
        Assert.Contains("Vraag achter de vraag", page.Text);
        Assert.Contains("Netwerk en mantelzorg", page.Text);
        Assert.All(lists.Icf, c => Assert.Contains(c, page.Text));
        Assert.Equal(["Doel", "Afspraak", "Wie doet wat", "Evaluatie (wanneer)"], page.All("table thead th"));
        Assert.Equal(ReportTemplateSheets.EmptyRows, page.Document.QuerySelectorAll("table tbody tr").Length);
        Assert.All(page.Document.QuerySelectorAll("table tbody td"), td => Assert.Equal("", td.TextContent.Trim()));
    }

    [Fact]
    public async Task Someone_signed_out_is_sent_to_login_and_an_unknown_programme_is_not_found()
    {
        var org = await app.CreateOrganisationAsync();

        var anonymous = await app.Browser().GetAsync(Template);
        var unknown = await (await app.LoginAsync(org.Trainer)).PageAsync(TrainingProgrammeLinks.PrintReportTemplate("bestaat-niet"));

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/inloggen", anonymous.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
    }

    [Fact]
    public async Task Trainers_print_it_from_the_programme_and_every_writer_from_the_cohort_whose_page_the_back_link_leads_to()
    {
        var org = await app.CreateOrganisationAsync();
        var cohort = await app.PlanCohortAsync(org, org.Member, org.Facilitator);
        var writing = $"{CohortLinks.Page(cohort)}/casussen/johan/verslag";
        var ofCohort = CohortReportTemplatePage.Link(cohort);

        var programme = await (await app.LoginAsync(org.Trainer)).PageAsync(TrainingProgrammeLinks.Programme(CohortWorld.Programme));
        var member = await app.LoginAsync(org.Member);
        var asMember = await member.PageAsync(writing);
        var template = await member.PageAsync(ofCohort);
        var back = template.Document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).First(h => h == CohortLinks.Page(cohort));
        var cohortPage = await member.GetAsync(back!);
        var outsider = await (await app.LoginAsync(org.Loner)).GetAsync(ofCohort);
        var programmeTemplate = await member.GetAsync(Template);

        Assert.Contains(Template, programme.Document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Contains(ofCohort, asMember.Document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Contains("Leeg sjabloon afdrukken", asMember.Text);
        Assert.Equal(ReportTemplateSheets.EmptyRows, template.Document.QuerySelectorAll("table tbody tr").Length);
        Assert.Equal(HttpStatusCode.OK, cohortPage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, outsider.StatusCode);
        // The programme's own pages stay for trainers: a plain member is refused there, and is not sent there.
        Assert.NotEqual(HttpStatusCode.OK, programmeTemplate.StatusCode);
    }
}

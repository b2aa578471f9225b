using Leerruimte.Features.Cohorts;
using Leerruimte.IntegrationTests.Cohorts;
using Leerruimte.IntegrationTests.Meetings;

namespace Leerruimte.IntegrationTests.ConversationReports;

/// <summary>Issue 12, item 6: a participant writes a conversation report on a running case, over HTTP.</summary>
public sealed class ReportWritingTests(FakeClockApp app) : IClassFixture<FakeClockApp>
{
    private static string Own(Guid cohort) => $"{CohortLinks.Page(cohort)}/casussen/johan/verslag";

    private static Dictionary<string, string> Report(string question) => new()
    {
        ["Input.Question"] = question, ["Input.QuestionBehind"] = "Weer grip op de dag",
        ["Input.Domains[0].Wish"] = "Zelfstandig blijven wonen", ["Input.Domains[0].Phase"] = "Verkennen",
        ["Input.Domains[1].Possibilities"] = "Vrijwilligerswerk in de buurt", ["Input.Domains[1].Phase"] = "Kiezen",
        ["Input.Plan[0].Goal"] = "Huishouden op orde", ["Input.Plan[0].Who"] = "Wijkteam", ["Input.Plan[0].Review"] = "Over zes weken",
        ["Input.Plan[1].Goal"] = "Kennismaken met de buurtkamer", ["Input.Plan[1].Who"] = "Dochter",
    };

    private static string Value(HtmlPage page, string id) => page.Document.GetElementById(id) switch
    {
        AngleSharp.Html.Dom.IHtmlTextAreaElement t => t.Value ?? "",
        AngleSharp.Html.Dom.IHtmlInputElement i => i.Value ?? "",
        AngleSharp.Html.Dom.IHtmlSelectElement s => s.Value ?? "",
        _ => "",
    };

    [Fact]
    public async Task A_report_with_two_domains_and_a_plan_of_two_rows_is_saved_and_read_back()
    {
        var org = await app.CreateOrganisationAsync();
        var cohort = await app.PlanCohortAsync(org, org.Member, org.Colleague);
        var member = await app.LoginAsync(org.Member);

        var saved = await (await member.PageAsync(Own(cohort))).SubmitAsync(member, "report", Report("Hulp bij het huishouden"));
        var again = await member.PageAsync(Own(cohort));

        Assert.Equal(HttpStatusCode.OK, saved.Status);
        Assert.Contains("Je gespreksverslag is opgeslagen.", saved.Document.Body!.TextContent);
        Assert.Equal("Zelfstandig blijven wonen", Value(saved, "domain-0-wish"));
        Assert.Equal("Hulp bij het huishouden", Value(again, "report-question"));
        Assert.Equal("Zelfstandig blijven wonen", Value(again, "domain-0-wish"));
        Assert.Equal("Kiezen", Value(again, "domain-1-phase"));
        Assert.Equal("Dochter", Value(again, "plan-1-who"));
        Assert.Equal("Over zes weken", Value(again, "plan-0-review"));
    }

    [Fact]
    public async Task A_bsn_is_not_saved_until_the_writer_confirms_it_is_not_real()
    {
        var org = await app.CreateOrganisationAsync();
        var cohort = await app.PlanCohortAsync(org, org.Member);
        var member = await app.LoginAsync(org.Member);
        await (await member.PageAsync(Own(cohort))).SubmitAsync(member, "report", Report("Eerste vraag"));

        var refused = await (await member.PageAsync(Own(cohort))).SubmitAsync(member, "report", Report("Vraag over 111222333"));
        var kept = await member.PageAsync(Own(cohort));
        var key = refused.Document.QuerySelector("input[name=Confirmed]")?.GetAttribute("value") ?? "";
        var confirmed = await refused.SubmitAsync(member, "report", [.. Report("Vraag over 111222333"), new("Confirmed", key)]);

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("Vraag over 111222333", Value(refused, "report-question"));
        Assert.Equal("Eerste vraag", Value(kept, "report-question"));
        Assert.Contains("Je gespreksverslag is opgeslagen.", confirmed.Document.Body!.TextContent);
        Assert.Equal("Vraag over 111222333", Value(await member.PageAsync(Own(cohort)), "report-question"));
    }

    [Fact]
    public async Task An_unknown_phase_or_a_too_long_text_gives_a_dutch_message_and_keeps_the_saved_report()
    {
        var org = await app.CreateOrganisationAsync();
        var cohort = await app.PlanCohortAsync(org, org.Member);
        var member = await app.LoginAsync(org.Member);
        await (await member.PageAsync(Own(cohort))).SubmitAsync(member, "report", Report("Eerste vraag"));

        var phase = await (await member.PageAsync(Own(cohort))).SubmitAsync(member, "report", [.. Report("Tweede vraag").Where(f => f.Key != "Input.Domains[0].Phase"), new("Input.Domains[0].Phase", "Vliegen")]);
        var domain = await (await member.PageAsync(Own(cohort))).SubmitAsync(member, "report", [.. Report("Tweede vraag"), new("Input.Domains[20].Domain", "Ruimtevaart"), new("Input.Domains[20].Wish", "x")]);
        var longText = await (await member.PageAsync(Own(cohort))).SubmitAsync(member, "report", Report(new string('a', 2001)));

        Assert.Contains("Een IRB-fase staat niet in de referentielijst.", phase.Document.Body!.TextContent);
        Assert.Equal("Tweede vraag", Value(phase, "report-question"));
        Assert.Contains("Een levensgebied of ICF-component staat niet in de referentielijst.", domain.Document.Body!.TextContent);
        Assert.Equal(HttpStatusCode.OK, longText.Status);
        Assert.Equal("Eerste vraag", Value(await member.PageAsync(Own(cohort)), "report-question"));
    }

    [Fact]
    public async Task Only_participants_of_the_cohort_reach_their_own_report_page()
    {
        var org = await app.CreateOrganisationAsync();
        var other = await app.CreateOrganisationAsync();
        var cohort = await app.PlanCohortAsync(org, org.Member);

        Assert.Equal(HttpStatusCode.OK, (await (await app.LoginAsync(org.Member)).PageAsync(Own(cohort))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.LoginAsync(org.Colleague)).PageAsync(Own(cohort))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.LoginAsync(other.Member)).PageAsync(Own(cohort))).Status);
    }

    [Fact]
    public async Task The_writer_and_the_trainer_read_the_report_with_its_plan_and_nobody_else_does()
    {
        var org = await app.CreateOrganisationAsync();
        var other = await app.CreateOrganisationAsync("Andere organisatie");
        var cohort = await app.PlanCohortAsync(org, org.Member, org.Colleague);
        var member = await app.LoginAsync(org.Member);
        await (await member.PageAsync(Own(cohort))).SubmitAsync(member, "report", Report("Hulp bij het huishouden"));

        var cases = await (await app.LoginAsync(org.Trainer)).PageAsync($"{CohortLinks.Page(cohort)}/casussen");
        var link = cases.Document.QuerySelectorAll("a").Single(a => a.GetAttribute("href")!.StartsWith("/trainingen/verslagen/", StringComparison.Ordinal));
        var asTrainer = await (await app.LoginAsync(org.Trainer)).PageAsync(link.GetAttribute("href")!);
        var asWriter = await member.PageAsync(link.GetAttribute("href")!);
        var participantCases = await (await app.LoginAsync(org.Colleague)).PageAsync($"{CohortLinks.Page(cohort)}/casussen");

        Assert.StartsWith("Teamlid", link.TextContent);
        Assert.Equal(HttpStatusCode.OK, asTrainer.Status);
        Assert.Contains("Hulp bij het huishouden", asTrainer.Text);
        Assert.Equal(["Huishouden op orde", "Kennismaken met de buurtkamer"], asTrainer.Document.QuerySelectorAll("tbody tr td:first-child").Select(td => td.TextContent));
        Assert.Equal(2, asTrainer.Document.QuerySelectorAll("section.app-panel h3").Length); // the two domains filled in, not the empty ones
        Assert.Equal(HttpStatusCode.OK, asWriter.Status);
        Assert.Contains($"{CohortLinks.Page(cohort)}/casussen/johan/verslag", participantCases.Document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        foreach (var who in new[] { org.Colleague, org.Leader, org.Admin, other.Admin, other.Trainer })
            Assert.Equal(HttpStatusCode.NotFound, (await (await app.LoginAsync(who)).PageAsync(link.GetAttribute("href")!)).Status);
    }
}

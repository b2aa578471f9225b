using System.Globalization;
using Leerruimte.Data;
using Leerruimte.Features.Cohorts;
using Leerruimte.Features.ConversationReports;
using Leerruimte.Infrastructure;
using Leerruimte.IntegrationTests.Cohorts;
using Leerruimte.IntegrationTests.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.ConversationReports;

/// <summary>
/// Issue 12, item 6: who reads a conversation report and who comments on it, role by role: the writer, another
/// participant, the trainer, the team leader who commissioned the cohort, and someone of another organisation.
/// </summary>
public sealed class ReportRoleTests(FakeClockApp app) : IClassFixture<FakeClockApp>
{
    private static readonly CultureInfo Dutch = new("nl-NL");

    private static string Own(Guid cohort) => $"{CohortLinks.Page(cohort)}/casussen/johan/verslag";

    private sealed record Written(TestOrganisation Org, Guid Cohort, string View, HttpClient Writer);

    /// <summary>The team leader commissions a cohort for the trainer with the member and the colleague; the member writes a report.</summary>
    private async Task<Written> WrittenAsync()
    {
        var org = await app.CreateOrganisationAsync();
        var leader = await app.LoginAsync(org.Leader);
        var planned = await app.PostPlanAsync(leader, CohortWorld.Form("Het Gesprek, najaar", CohortWorld.WeekAfter(app), await app.PersonIdAsync(org.Trainer)), [org.Member, org.Colleague]);
        var cohort = Guid.Parse(planned.Response.Headers.Location!.OriginalString.Split('/').Last());
        var writer = await app.LoginAsync(org.Member);
        var saved = await (await writer.PageAsync(Own(cohort))).SubmitAsync(writer, "report", new Dictionary<string, string>
        {
            ["Input.Question"] = "Hulp bij het huishouden", ["Input.Plan[0].Goal"] = "Huishouden op orde",
        });
        var view = saved.Document.QuerySelectorAll("a").Select(a => a.GetAttribute("href") ?? "").Single(h => h.StartsWith("/trainingen/verslagen/", StringComparison.Ordinal));
        return new(org, cohort, view, writer);
    }

    private static Task<HtmlPage> CommentAsync(HttpClient trainer, HtmlPage view, string text) =>
        view.SubmitAsync(trainer, "comment", new Dictionary<string, string> { ["Comment"] = text });

    /// <summary>A comment posted by hand: the antiforgery token from a form this person does have, the comment form's name.</summary>
    private static async Task<HttpResponseMessage> CraftedCommentAsync(HttpClient client, string tokenPage, string tokenForm, string view, string text)
    {
        var page = await client.PageAsync(tokenPage);
        var token = page.Form(tokenForm).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await client.PostAsync(view, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "comment", ["__RequestVerificationToken"] = token, ["Comment"] = text,
        }));
    }

    /// <summary>A post by hand from someone who may not read the page: the Dutch page for a page not found.</summary>
    private static async Task AssertNotFoundAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("niet gevonden", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    private Task<List<ReportComment>> CommentsAsync() =>
        app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().ReportComments.IgnoreQueryFilters([TenantFilters.Name]).AsNoTracking().ToListAsync());

    private Task<int> CommentsOnAsync(string view) =>
        app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().ReportComments.IgnoreQueryFilters([TenantFilters.Name])
            .CountAsync(c => c.ReportId == Guid.Parse(view.Split('/').Last())));

    private string Today() => DutchTime.ToLocal(app.UtcNow).ToString("d MMMM yyyy", Dutch);

    [Fact]
    public async Task The_trainer_comments_and_the_writer_reads_the_comments_oldest_first_with_name_and_date_also_on_paper()
    {
        var (org, _, view, _) = await WrittenAsync();
        var trainer = await app.LoginAsync(org.Trainer);

        var first = await CommentAsync(trainer, await trainer.PageAsync(view), "Mooi doorgevraagd naar de vraag achter de vraag.");
        var firstDay = Today();
        app.Clock.Advance(TimeSpan.FromDays(2));
        trainer = await app.LoginAsync(org.Trainer); // the sign-in of two days ago has expired
        await CommentAsync(trainer, await trainer.PageAsync(view), "Maak het tweede doel nog concreter.");
        var asWriter = await (await app.LoginAsync(org.Member)).PageAsync(view);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Contains("Je reactie is geplaatst.", first.Text);
        Assert.Equal("", first.Document.GetElementById("comment-text")!.TextContent); // the field is empty again
        Assert.Equal(HttpStatusCode.OK, asWriter.Status);
        var shown = asWriter.Document.QuerySelectorAll("section[aria-labelledby=comments-heading] .app-panel").ToList();
        Assert.Equal(2, shown.Count);
        Assert.Contains("Mooi doorgevraagd naar de vraag achter de vraag.", shown[0].TextContent);
        Assert.Contains($"Trainer {org.Name.Split(' ').Last()} op {firstDay}", shown[0].TextContent);
        Assert.Contains($"op {Today()}", shown[1].TextContent);
        Assert.Contains("Maak het tweede doel nog concreter.", shown[1].TextContent);
        Assert.All(shown, c => Assert.Null(c.Closest(".app-no-print"))); // printed with the report
        Assert.False(asWriter.HasForm("comment")); // the writer gets no form
        var stored = (await CommentsAsync()).Where(c => c.ReportId == Guid.Parse(view.Split('/').Last())).OrderBy(c => c.WrittenAt).ToList();
        Assert.Equal(await app.PersonIdAsync(org.Trainer), stored[0].AuthorId);
        Assert.Equal(TimeSpan.FromDays(2), stored[1].WrittenAt - stored[0].WrittenAt); // the app's clock, not the wall clock
    }

    [Fact]
    public async Task The_writer_is_told_on_the_start_page_without_the_comment_itself()
    {
        var (org, _, view, _) = await WrittenAsync();
        var trainer = await app.LoginAsync(org.Trainer);

        await CommentAsync(trainer, await trainer.PageAsync(view), "Vertrouwelijke opmerking over de casus");

        var writerId = await app.PersonIdAsync(org.Member);
        var notices = await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().Notifications.IgnoreQueryFilters([TenantFilters.Name])
            .Where(n => n.PersonId == writerId && n.Link == view).ToListAsync());
        var notice = Assert.Single(notices);
        Assert.Contains("heeft gereageerd op je gespreksverslag", notice.Text);
        Assert.DoesNotContain("Vertrouwelijke", notice.Text);
        Assert.All(await app.MailsToAsync(org.Member), m => Assert.DoesNotContain("Vertrouwelijke", m.TextBody));
    }

    [Fact]
    public async Task An_empty_or_too_long_comment_gives_a_dutch_message_keeps_the_text_and_stores_nothing()
    {
        var (org, _, view, _) = await WrittenAsync();
        var trainer = await app.LoginAsync(org.Trainer);
        var tooLong = new string('a', ReportCommentConfiguration.MaxComment + 1);

        var empty = await CommentAsync(trainer, await trainer.PageAsync(view), "   ");
        var longer = await CommentAsync(trainer, await trainer.PageAsync(view), tooLong);

        Assert.Equal(HttpStatusCode.OK, empty.Status);
        Assert.Contains("Schrijf eerst je reactie. Een lege reactie wordt niet geplaatst.", empty.Text);
        Assert.Equal(HttpStatusCode.OK, longer.Status);
        Assert.Contains($"Je reactie is te lang: ten hoogste {ReportCommentConfiguration.MaxComment} tekens.", longer.Text);
        Assert.Equal(tooLong, longer.Document.GetElementById("comment-text")!.TextContent);
        Assert.Equal(0, await CommentsOnAsync(view));
    }

    [Fact]
    public async Task The_writer_reads_the_report_but_a_comment_posted_by_hand_changes_nothing()
    {
        var (_, cohort, view, writer) = await WrittenAsync();

        var page = await writer.PageAsync(view);
        var crafted = await CraftedCommentAsync(writer, Own(cohort), "report", view, "Zelf een reactie");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Hulp bij het huishouden", page.Text);
        Assert.Equal(HttpStatusCode.OK, crafted.StatusCode);
        var answer = await HtmlPage.FromAsync(crafted, view);
        Assert.Contains("Alleen de trainer van deze training reageert op een gespreksverslag.", answer.Text);
        Assert.Null(answer.Document.GetElementById("comment-text")); // still no form to write in
        Assert.Equal(0, await CommentsOnAsync(view));
    }

    [Fact]
    public async Task Another_participant_of_the_cohort_neither_reads_the_report_nor_comments_on_it()
    {
        var (org, cohort, view, _) = await WrittenAsync();
        var colleague = await app.LoginAsync(org.Colleague);

        var page = await colleague.PageAsync(view);
        var crafted = await CraftedCommentAsync(colleague, Own(cohort), "report", view, "Ik vind er ook wat van");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.DoesNotContain("Hulp bij het huishouden", page.Text);
        Assert.DoesNotContain("Hulp bij het huishouden", await crafted.Content.ReadAsStringAsync());
        await AssertNotFoundAsync(crafted);
        Assert.Equal(0, await CommentsOnAsync(view));
    }

    [Fact]
    public async Task The_trainer_reads_and_comments_but_cannot_write_on_the_participants_behalf()
    {
        var (org, cohort, view, writer) = await WrittenAsync();
        var trainer = await app.LoginAsync(org.Trainer);

        var page = await trainer.PageAsync(view);
        var writing = await trainer.PageAsync(Own(cohort));
        var token = page.Form("comment").QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var crafted = await trainer.PostAsync(Own(cohort), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "report", ["__RequestVerificationToken"] = token, ["Input.Question"] = "Door de trainer ingevuld",
        }));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.True(page.HasForm("comment"));
        Assert.Equal(HttpStatusCode.NotFound, writing.Status);
        await AssertNotFoundAsync(crafted);
        Assert.Contains("Hulp bij het huishouden", (await writer.PageAsync(view)).Text);
        Assert.DoesNotContain("Door de trainer ingevuld", (await writer.PageAsync(view)).Text);
    }

    [Fact]
    public async Task The_team_leader_who_commissioned_the_cohort_reads_no_report_and_cannot_comment()
    {
        var (org, cohort, view, _) = await WrittenAsync();
        var leader = await app.LoginAsync(org.Leader);
        Assert.Equal(await app.PersonIdAsync(org.Leader), (await app.CohortAsync(cohort)).CommissionedById);

        var page = await leader.PageAsync(view);
        var crafted = await CraftedCommentAsync(leader, "/mijn-e-mail", "mail-choices", view, "Als leidinggevende");

        Assert.Equal(HttpStatusCode.OK, (await leader.PageAsync(CohortLinks.Page(cohort))).Status); // the cohort itself, yes
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        await AssertNotFoundAsync(crafted);
        Assert.Equal(0, await CommentsOnAsync(view));
    }

    [Fact]
    public async Task Nobody_of_another_organisation_reads_the_report()
    {
        var (_, _, view, _) = await WrittenAsync();
        var other = await app.CreateOrganisationAsync("Andere organisatie");

        foreach (var who in new[] { other.Trainer, other.Admin, other.Leader, other.Member })
            Assert.Equal(HttpStatusCode.NotFound, (await (await app.LoginAsync(who)).PageAsync(view)).Status);
    }

    [Fact]
    public async Task A_comment_that_seems_to_hold_a_bsn_is_saved_only_once_the_trainer_confirms_it_is_not_real()
    {
        var (org, _, view, writer) = await WrittenAsync();
        var trainer = await app.LoginAsync(org.Trainer);
        const string text = "Schrijf nooit een BSN zoals 111222333 in een verslag.";

        var refused = await CommentAsync(trainer, await trainer.PageAsync(view), text);
        var key = refused.Document.QuerySelector($"input[name={Leerruimte.Infrastructure.Privacy.PrivacyGuard.ConfirmField}]")?.GetAttribute("value") ?? "";
        var before = await CommentsOnAsync(view);
        var confirmed = await refused.SubmitAsync(trainer, "comment", new Dictionary<string, string> { ["Comment"] = text, [Leerruimte.Infrastructure.Privacy.PrivacyGuard.ConfirmField] = key });

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("Nog niet opgeslagen", refused.Text);
        Assert.Equal(text, (refused.Document.GetElementById("comment-text") as AngleSharp.Html.Dom.IHtmlTextAreaElement)?.Value); // nothing lost
        Assert.NotEqual("", key);
        Assert.Equal(0, before);
        Assert.Equal(HttpStatusCode.OK, confirmed.Status);
        Assert.Equal(1, await CommentsOnAsync(view));
        Assert.Contains(text, (await writer.PageAsync(view)).Text);
    }
}

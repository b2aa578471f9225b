using Leerruimte.Data;
using Leerruimte.Features.Forms;
using Leerruimte.Features.Meetings;
using Leerruimte.IntegrationTests.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Forms;

/// <summary>
/// A form filled in as you go, through its first host, the meeting's feedback form: saved answer by answer, found
/// again after a reload, one response per respondent, read only by whom the host allows, bad input answered in Dutch.
/// </summary>
public sealed class FillingInTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    private static string Url(Guid meeting) => $"/bijeenkomsten/{meeting}/terugkoppeling";

    /// <summary>What the browser posts when this button is pressed: the form as the page shows it, with these changes.</summary>
    private static Task<HtmlPage> PostAsync(HtmlPage page, HttpClient client, string go, params (string Field, string? Value)[] changes)
    {
        var fields = RouteCrawl.FieldsOf(page.Form("feedback")).Where(f => f.Key != "go" && changes.All(c => c.Field != f.Key)).ToList();
        fields.AddRange(changes.Where(c => c.Value is not null).Select(c => KeyValuePair.Create(c.Field, c.Value!)));
        return page.SubmitAsync(client, "feedback", fields, ("go", go));
    }

    private Task<List<FormResponse>> ResponsesAsync(Guid meeting) =>
        app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().FormResponses.IgnoreQueryFilters([TenantFilters.Name])
            .Include(r => r.Answers).Where(r => r.OriginId == meeting).ToListAsync());

    private static string? Checked(HtmlPage page, string question) =>
        page.Document.QuerySelector($"input[name='answer-{question}'][checked]")?.GetAttribute("value");

    [Fact]
    public async Task Each_answer_is_saved_when_it_changes_and_the_form_comes_back_as_left_after_a_reload()
    {
        var org = await app.CreateOrganisationAsync();
        var meeting = await app.PlanMeetingAsync(org);
        var facilitator = await app.LoginAsync(org.Facilitator);

        var saved = await PostAsync(await facilitator.PageAsync(Url(meeting)), facilitator, "save", ("answer-stelling-1", "3"), ("answer-vragen", "Hoe vinden we tijd?"));
        var first = Assert.Single(await ResponsesAsync(meeting)).Answers.ToDictionary(a => a.QuestionId);
        await PostAsync(await facilitator.PageAsync(Url(meeting)), facilitator, "save", ("answer-stelling-2", "4"));
        var reloaded = await facilitator.PageAsync(Url(meeting));

        Assert.Contains("Opgeslagen", saved.Text);
        Assert.Equal("3", Checked(reloaded, "stelling-1"));
        Assert.Equal("4", Checked(reloaded, "stelling-2"));
        Assert.Null(Checked(reloaded, "stelling-3"));
        Assert.Equal("Hoe vinden we tijd?", reloaded.Document.QuerySelector("#q-vragen")!.TextContent);
        var response = Assert.Single(await ResponsesAsync(meeting));
        var answers = response.Answers.ToDictionary(a => a.QuestionId);
        Assert.Equal(first["stelling-1"].UpdatedAt, answers["stelling-1"].UpdatedAt); // unchanged, so not written again
        Assert.Equal(4, answers["stelling-2"].Number);
        Assert.Null(response.SubmittedAt);
        Assert.Equal(MeetingStatus.Planned, (await app.MeetingAsync(meeting)).Status); // saving sends nothing
    }

    [Fact]
    public async Task Saves_from_several_tabs_at_the_same_moment_fill_one_response()
    {
        var org = await app.CreateOrganisationAsync();
        var meeting = await app.PlanMeetingAsync(org);
        var tabs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => app.LoginAsync(org.Facilitator)));
        var pages = await Task.WhenAll(tabs.Select(t => t.PageAsync(Url(meeting))));

        var saved = await Task.WhenAll(tabs.Select((tab, i) => PostAsync(pages[i], tab, "save", ("answer-vragen", $"Vraag uit tab {i}"))));

        Assert.All(saved, page => Assert.Equal(HttpStatusCode.OK, page.Status));
        Assert.StartsWith("Vraag uit tab", Assert.Single(await ResponsesAsync(meeting)).AnswerTo("vragen")!.Text);
    }

    [Fact]
    public async Task An_answer_cleared_on_the_page_is_no_longer_an_answer()
    {
        var org = await app.CreateOrganisationAsync();
        var meeting = await app.PlanMeetingAsync(org);
        var facilitator = await app.LoginAsync(org.Facilitator);
        await PostAsync(await facilitator.PageAsync(Url(meeting)), facilitator, "save", ("answer-opmerkingen", "Eerste gedachte"));

        await PostAsync(await facilitator.PageAsync(Url(meeting)), facilitator, "save", ("answer-opmerkingen", ""));

        Assert.DoesNotContain(Assert.Single(await ResponsesAsync(meeting)).Answers, a => a.QuestionId == "opmerkingen");
    }

    [Fact]
    public async Task Attendance_comes_from_the_console_until_the_facilitator_changes_it_and_then_stays_as_changed()
    {
        var org = await app.CreateOrganisationAsync();
        var meeting = await app.PlanMeetingAsync(org);
        var member = await app.PersonIdAsync(org.Member);
        await app.InScopeAsync(async sp => // as the console takes it
        {
            var db = sp.GetRequiredService<LeerruimteDb>();
            var session = await db.Meetings.IgnoreQueryFilters([TenantFilters.Name]).Where(m => m.Id == meeting).Select(m => m.SessionId).SingleAsync();
            return await db.SessionParticipants.IgnoreQueryFilters([TenantFilters.Name]).Where(i => i.SessionId == session && i.PersonId == member)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.Present, true));
        });
        var facilitator = await app.LoginAsync(org.Facilitator);
        var page = await facilitator.PageAsync(Url(meeting));
        Assert.Equal(member.ToString(), Checked(page, "aanwezig"));

        await PostAsync(page, facilitator, "save", ("answer-aanwezig", null)); // everyone unticked

        Assert.Null(Checked(await facilitator.PageAsync(Url(meeting)), "aanwezig"));
        Assert.Empty(Assert.Single(Assert.Single(await ResponsesAsync(meeting)).Answers, a => a.QuestionId == "aanwezig").Choices);
    }

    [Theory]
    [InlineData("answer-stelling-1", "abc", "Dit kunnen we niet lezen.")]
    [InlineData("answer-stelling-1", "7", "Kies een punt van 1 tot en met 4.")]
    [InlineData("answer-stelling-1", "99999999999999999999", "Dit kunnen we niet lezen.")]
    [InlineData("answer-aanwezig", "7d3f0a52-94b5-4c4e-9a51-2f0c4b8e6d10", "Kies alleen mensen uit de lijst.")]
    public async Task A_bad_answer_gets_a_Dutch_message_at_its_question_and_the_other_answers_are_saved(string field, string value, string message)
    {
        var org = await app.CreateOrganisationAsync();
        var meeting = await app.PlanMeetingAsync(org);
        var facilitator = await app.LoginAsync(org.Facilitator);

        var result = await PostAsync(await facilitator.PageAsync(Url(meeting)), facilitator, "save", (field, value), ("answer-stelling-2", "2"));

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("Niet alles is opgeslagen", result.Text);
        var question = field["answer-".Length..];
        Assert.StartsWith(message, result.Document.QuerySelector($"[data-answer-error='{question}']")!.TextContent);
        var answers = Assert.Single(await ResponsesAsync(meeting)).Answers;
        Assert.Equal(2, Assert.Single(answers, a => a.QuestionId == "stelling-2").Number);
        Assert.DoesNotContain(answers, a => a.QuestionId == question);
    }

    [Fact]
    public async Task Too_long_an_answer_is_refused_in_Dutch_and_shown_back_as_typed()
    {
        var org = await app.CreateOrganisationAsync();
        var meeting = await app.PlanMeetingAsync(org);
        var facilitator = await app.LoginAsync(org.Facilitator);
        var text = new string('x', AnswerRules.MaxTextLength + 1);

        var result = await PostAsync(await facilitator.PageAsync(Url(meeting)), facilitator, "save", ("answer-opmerkingen", text));

        Assert.Equal("Deze tekst is te lang.", result.Document.QuerySelector("[data-answer-error='opmerkingen']")!.TextContent);
        Assert.Equal(text, result.Document.QuerySelector("#q-opmerkingen")!.TextContent);
        Assert.DoesNotContain(Assert.Single(await ResponsesAsync(meeting)).Answers, a => a.QuestionId == "opmerkingen");
    }

    [Fact]
    public async Task Once_sent_the_answers_no_longer_change()
    {
        var org = await app.CreateOrganisationAsync();
        var meeting = await app.PlanMeetingAsync(org);
        var facilitator = await app.LoginAsync(org.Facilitator);
        var page = await facilitator.PageAsync(Url(meeting));
        var scores = Enumerable.Range(1, 8).Select(i => ($"answer-stelling-{i}", (string?)"3")).ToArray();
        await PostAsync(page, facilitator, "send", scores);

        var late = await PostAsync(page, facilitator, "save", ("answer-stelling-1", "1"));

        Assert.Contains("al verstuurd", late.Text);
        var response = Assert.Single(await ResponsesAsync(meeting));
        Assert.NotNull(response.SubmittedAt);
        Assert.Equal(3, response.AnswerTo("stelling-1")!.Number);
    }

    [Fact]
    public async Task Each_respondent_fills_in_their_own_response_and_never_sees_another_one()
    {
        var org = await app.CreateOrganisationAsync();
        var meeting = await app.PlanMeetingAsync(org);
        var facilitator = await app.LoginAsync(org.Facilitator);
        var facilitatorId = await app.PersonIdAsync(org.Facilitator);
        await PostAsync(await facilitator.PageAsync(Url(meeting)), facilitator, "save", ("answer-opmerkingen", "Alleen voor mij"));

        // The meeting gets another facilitator (the trainer steps in): they start on an empty form of their own.
        var trainer = await app.PersonIdAsync(org.Trainer);
        await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().Meetings.IgnoreQueryFilters([TenantFilters.Name])
            .Where(m => m.Id == meeting).ExecuteUpdateAsync(s => s.SetProperty(m => m.FacilitatorId, trainer)));
        var asTrainer = await app.LoginAsync(org.Trainer);
        var theirs = await asTrainer.PageAsync(Url(meeting));
        await PostAsync(theirs, asTrainer, "save", ("answer-opmerkingen", "Van de invaller"));

        Assert.DoesNotContain("Alleen voor mij", theirs.Text);
        Assert.Equal(HttpStatusCode.NotFound, (await facilitator.PageAsync(Url(meeting))).Status);
        var responses = await ResponsesAsync(meeting);
        Assert.Equal(2, responses.Count);
        Assert.Equal("Alleen voor mij", responses.Single(r => r.RespondentId == facilitatorId).AnswerTo("opmerkingen")!.Text);
        Assert.Equal("Van de invaller", responses.Single(r => r.RespondentId == trainer).AnswerTo("opmerkingen")!.Text);
    }

    [Fact]
    public async Task Before_it_is_sent_only_the_facilitator_reads_the_form_and_nobody_else_can_save_to_it()
    {
        var org = await app.CreateOrganisationAsync();
        var other = await app.CreateOrganisationAsync("Andere organisatie");
        var meeting = await app.PlanMeetingAsync(org);
        var facilitator = await app.LoginAsync(org.Facilitator);
        var page = await facilitator.PageAsync(Url(meeting));
        await PostAsync(page, facilitator, "save", ("answer-opmerkingen", "Nog een concept"));

        foreach (var reader in new[] { org.Leader, org.Member, org.Admin, org.Trainer, other.Facilitator, other.Admin })
        {
            var client = await app.LoginAsync(reader);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PageAsync(Url(meeting))).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PageAsync($"{Url(meeting)}/afdrukken")).Status);
            // Posting the facilitator's form with a valid token of their own changes nothing.
            var token = (await client.PageAsync("/uitloggen")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            var fields = RouteCrawl.FieldsOf(page.Form("feedback")).Where(f => f.Key != "__RequestVerificationToken")
                .Append(KeyValuePair.Create("__RequestVerificationToken", token))
                .Append(KeyValuePair.Create("answer-opmerkingen", "Overgenomen")).Append(KeyValuePair.Create("go", "save"));
            var post = await client.PostAsync(Url(meeting), new FormUrlEncodedContent(fields));
            Assert.True((int)post.StatusCode is >= 400 and < 500, $"{reader}: {post.StatusCode}");
        }
        Assert.Equal("Nog een concept", Assert.Single(await ResponsesAsync(meeting)).AnswerTo("opmerkingen")!.Text);
    }

    [Fact]
    public async Task Once_sent_the_coordinator_it_went_to_reads_it_and_prints_it_and_the_other_leaders_do_not()
    {
        var org = await app.CreateOrganisationAsync();
        var meeting = await app.PlanMeetingAsync(org);
        var facilitator = await app.LoginAsync(org.Facilitator);
        var scores = Enumerable.Range(1, 8).Select(i => ($"answer-stelling-{i}", (string?)(i % 4 + 1).ToString())).ToArray();
        await PostAsync(await facilitator.PageAsync(Url(meeting)), facilitator, "send", [.. scores, ("answer-opmerkingen", "Fijne groep")]);

        var leader = await app.LoginAsync(org.Leader);
        var read = await leader.PageAsync(Url(meeting));
        var printed = await leader.PageAsync($"{Url(meeting)}/afdrukken");

        Assert.Contains("Fijne groep", read.Text);
        Assert.Equal(8, read.Document.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("Fijne groep", printed.Text);
        Assert.Equal(8, printed.Document.QuerySelectorAll("tbody .app-tick--on").Length);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.LoginAsync(org.Member)).PageAsync($"{Url(meeting)}/afdrukken")).Status);
    }
}

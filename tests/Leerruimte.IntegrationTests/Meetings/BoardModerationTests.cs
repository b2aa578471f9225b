using System.Text;
using Leerruimte.Data;
using Leerruimte.Features.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Leerruimte.Tenancy;

namespace Leerruimte.IntegrationTests.Meetings;

/// <summary>
/// The facilitator keeps the board fit to keep (issue 10, item 3): takes a note off, live or afterwards, leaving a
/// trace everyone sees; and switches a step to anonymous from the console, which every screen shows.
/// </summary>
public sealed class BoardModerationTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    private const string Formula = "=SUM(A1)";

    [Fact]
    public async Task The_facilitator_takes_a_note_off_the_board_read_back_and_everyone_sees_that_one_went()
    {
        var (org, id) = await app.MeetingWithTwoBoardsAsync();
        var facilitator = await app.LoginAsync(org.Facilitator);
        var board = await facilitator.PageAsync($"/bijeenkomsten/{id}/bord");
        Assert.Equal(3, board.Document.QuerySelectorAll($"form[action='/bijeenkomsten/{id}/bord/weghalen']").Length);

        var posted = await board.SubmitAsync(facilitator, $"/bijeenkomsten/{id}/bord/weghalen", new Dictionary<string, string> { ["item"] = NoteId(board, Formula) });

        Assert.Equal(HttpStatusCode.Redirect, posted.Status);
        var done = await facilitator.PageAsync(posted.Response.Headers.Location!.OriginalString);
        Assert.Contains("Het briefje is weggehaald.", done.Text);
        Assert.DoesNotContain(Formula, done.Text);
        var member = await (await app.LoginAsync(org.Member)).PageAsync($"/bijeenkomsten/{id}/bord");
        var step = member.Document.QuerySelectorAll(".app-readback__step")[1];
        Assert.Contains($"Eén briefje weggehaald door Procesbegeleider", step.QuerySelector(".app-readback__removals")!.TextContent);
        Assert.Contains("Een inloopspreekuur", step.TextContent);
        Assert.DoesNotContain(Formula, step.TextContent);
        Assert.Empty(member.Document.QuerySelectorAll("form[action$='/bord/weghalen']"));
        var csv = Encoding.UTF8.GetString(await (await facilitator.GetAsync($"/bijeenkomsten/{id}/bord.csv")).Content.ReadAsByteArrayAsync());
        Assert.DoesNotContain("SUM(A1)", csv);
        // The note itself is gone, text and author: only the trace is kept.
        var session = await app.SessionOfAsync(id);
        Assert.Equal(2, await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().BoardItems.IgnoreQueryFilters([TenantFilters.Name]).CountAsync(i => i.SessionId == session)));
    }

    [Fact]
    public async Task Nobody_but_the_facilitator_takes_a_note_off_and_bad_posts_get_a_clear_answer()
    {
        var (org, id) = await app.MeetingWithTwoBoardsAsync();
        var facilitator = await app.LoginAsync(org.Facilitator);
        var board = await facilitator.PageAsync($"/bijeenkomsten/{id}/bord");
        var note = NoteId(board, Formula);
        var other = await app.CreateOrganisationAsync();

        foreach (var email in new[] { org.Member, org.Leader, other.Facilitator, other.Admin })
        {
            var client = await app.LoginAsync(email);
            var page = await client.PageAsync("/uitloggen"); // any form of their own brings a valid token
            var response = await PostAsync(client, id, page, note);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        var noToken = await facilitator.PostAsync($"/bijeenkomsten/{id}/bord/weghalen", new FormUrlEncodedContent([new("item", note)]));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Contains("formulier was verlopen", await noToken.Content.ReadAsStringAsync());
        var notAnId = await PostAsync(facilitator, id, board, "geen-id");
        Assert.Equal(HttpStatusCode.BadRequest, notAnId.StatusCode);
        var unknown = await PostAsync(facilitator, id, board, Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.Redirect, unknown.StatusCode);
        Assert.Contains("Dit briefje staat niet meer op het bord.", (await facilitator.PageAsync(unknown.Headers.Location!.OriginalString)).Text);
        Assert.Contains(Formula, (await facilitator.PageAsync($"/bijeenkomsten/{id}/bord")).Text);
    }

    [Fact]
    public async Task A_note_in_a_module_meeting_that_seems_to_identify_a_client_is_refused_as_on_every_board()
    {
        var (org, id) = await app.RunningMeetingAsync();
        await using var phone = await PhoneClient.ConnectAsync(app, org.Member);
        await phone.JoinAsync(id);

        var refused = await phone.AddAsync(id, "Mijn cliënt woont op Dorpsstraat 12, 1234 AB en wil zelf koken");
        var fine = await phone.AddAsync(id, "Mijn cliënt wil zelf koken; ik vraag eerst wat ze al kan");

        Assert.Null(refused.Item);
        Assert.Contains("dit lijkt een adres", refused.Error);
        Assert.NotNull(fine.Item);
    }

    [Fact]
    public async Task A_note_taken_off_during_the_meeting_leaves_every_screen()
    {
        var (org, id) = await app.RunningMeetingAsync();
        await using var phone = await PhoneClient.ConnectAsync(app, org.Member);
        await phone.JoinAsync(id);
        var note = (await phone.AddAsync(id, "Mevrouw De Wit uit de Lindestraat")).Item!;

        var removal = await app.AsAsync(org.Facilitator, async (sp, me) =>
            await sp.GetRequiredService<SessionBoard>().RemoveAsync(await app.SessionOfAsync(id), me, note.Id));
        var byMember = await app.AsAsync(org.Member, async (sp, me) =>
            await sp.GetRequiredService<SessionBoard>().RemoveAsync(await app.SessionOfAsync(id), me, note.Id));

        Assert.Equal(SessionBoard.Removal.Removed, removal);
        Assert.Equal(SessionBoard.Removal.NotAllowed, byMember);
        await Mail.Eventually.Until(() => Task.FromResult(phone.Events.Any(e => e.GetProperty("type").GetString() == "removed"
            && e.GetProperty("itemId").GetGuid() == note.Id)), what: "the phone told the note went");
        await using var later = await PhoneClient.ConnectAsync(app, org.Member);
        Assert.Empty((await later.JoinAsync(id)).Items!);
    }

    [Fact]
    public async Task A_step_switched_to_anonymous_hides_its_names_on_every_screen_and_what_was_written_anonymously_stays_so()
    {
        var (org, id) = await app.RunningMeetingAsync();
        await using var phone = await PhoneClient.ConnectAsync(app, org.Member);
        await phone.JoinAsync(id);
        Assert.NotNull((await phone.AddAsync(id, "Voor het switchen")).Item!.AuthorName);

        var on = await app.ConsoleAsync(org.Facilitator, (c, me) => c.SetAnonymousAsync(id, me, true));

        Assert.True(on.State!.Anonymous);
        await Mail.Eventually.Until(() => Task.FromResult(phone.Events.Any(e => e.GetProperty("type").GetString() == "authorsHidden")), what: "names hidden");
        Assert.Contains(phone.Events, e => e.GetProperty("type").GetString() == "state" && e.GetProperty("state").GetProperty("anonymous").GetBoolean());
        Assert.Null((await phone.AddAsync(id, "Tijdens anoniem")).Item!.AuthorName);
        Assert.Null((await app.ConsoleAsync(org.Facilitator, (c, me) => c.SetAnonymousAsync(id, me, true))).Error); // twice is fine

        var off = await app.ConsoleAsync(org.Facilitator, (c, me) => c.SetAnonymousAsync(id, me, false));

        Assert.False(off.State!.Anonymous);
        Assert.NotNull((await phone.AddAsync(id, "Na het terugzetten")).Item!.AuthorName);
        await using var later = await PhoneClient.ConnectAsync(app, org.Member);
        var names = (await later.JoinAsync(id)).Items!.ToDictionary(i => i.Text, i => i.AuthorName);
        Assert.Null(names["Voor het switchen"]);
        Assert.Null(names["Tijdens anoniem"]);
        Assert.NotNull(names["Na het terugzetten"]);
        await app.ConsoleAsync(org.Facilitator, (c, me) => c.CloseAsync(id, me));
        var csv = Encoding.UTF8.GetString(await (await app.LoginAsync(org.Facilitator)).GetByteArrayAsync($"/bijeenkomsten/{id}/bord.csv"));
        Assert.Single(csv.Split('\n'), l => l.Contains("Na het terugzetten", StringComparison.Ordinal) && l.Contains("Teamlid", StringComparison.Ordinal));
        Assert.DoesNotContain(csv.Split('\n'), l => (l.Contains("Tijdens anoniem", StringComparison.Ordinal) || l.Contains("Voor het switchen", StringComparison.Ordinal))
            && l.Contains("Teamlid", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_the_facilitator_switches_a_step_to_anonymous()
    {
        var (org, id) = await app.RunningMeetingAsync();

        var result = await app.ConsoleAsync(org.Member, (c, me) => c.SetAnonymousAsync(id, me, true));

        Assert.NotNull(result.Error);
        Assert.False((await app.ConsoleAsync(org.Facilitator, (c, me) => c.PauseAsync(id, me))).State!.Anonymous);
    }

    private static string NoteId(HtmlPage board, string text) =>
        board.Document.QuerySelectorAll(".app-note").Single(n => n.QuerySelector(".app-note__text")!.TextContent == text).GetAttribute("data-item")!;

    /// <summary>Posts a removal with the antiforgery token of a page this client was given.</summary>
    private static Task<HttpResponseMessage> PostAsync(HttpClient client, Guid meeting, HtmlPage page, string item)
    {
        var token = page.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return client.PostAsync($"/bijeenkomsten/{meeting}/bord/weghalen",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("item", item)]));
    }
}

using Leerruimte.Data;
using Leerruimte.Features.Evaluation;
using Leerruimte.Features.Sessions;
using Leerruimte.IntegrationTests.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Evaluation;

/// <summary>
/// W9 on a meeting: the facilitator opens the evaluation board from the console, phones put notes in its four fields,
/// and afterwards the people in the meeting read it back and print it.
/// </summary>
public sealed class EvaluationBoardTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    private static readonly string[] Fields = [EvaluationBoard.Keep, EvaluationBoard.Freeze, EvaluationBoard.Stop, EvaluationBoard.Grow];

    [Fact]
    public async Task Opening_the_evaluation_from_the_console_adds_its_step_after_the_agenda_and_goes_to_it()
    {
        var (org, id) = await app.RunningMeetingAsync();
        var agenda = (await app.ConsoleAsync(org.Facilitator, (c, me) => c.GoToAsync(id, me, 1))).State!.StepCount;

        var opened = await app.ConsoleAsync(org.Facilitator, (c, me) => c.AddStepAsync(id, me, EvaluationBoard.Key));
        await app.ConsoleAsync(org.Facilitator, (c, me) => c.GoToAsync(id, me, 0));
        var again = await app.ConsoleAsync(org.Facilitator, (c, me) => c.AddStepAsync(id, me, EvaluationBoard.Key));

        Assert.Null(opened.Error);
        var state = opened.State!;
        Assert.Equal(agenda, state.StepIndex);
        Assert.Equal(agenda + 1, state.StepCount);
        Assert.Equal(EvaluationBoard.Key, state.StepKey);
        Assert.Equal("Evaluatie", state.StepTitle);
        Assert.Equal(Fields, state.Columns.Select(c => c.Key));
        Assert.Equal(["Bloem: behouden", "Vriezer: minder doen", "Prullenbak: stoppen", "Zaadje: ontwikkelen"], state.Columns.Select(c => c.Title));
        Assert.All(state.Columns, c => Assert.EndsWith("?", c.Question));
        Assert.Equal(EvaluationBoard.Minutes * 60, state.Clock.SecondsLeft(app.UtcNow), tolerance: 5);
        // Opened a second time, it is not added again: the console goes back to it.
        Assert.Equal(agenda, again.State!.StepIndex);
        Assert.Equal(agenda + 1, again.State.StepCount);
    }

    [Fact]
    public async Task Only_the_facilitator_opens_the_evaluation()
    {
        var (org, id) = await app.RunningMeetingAsync();

        var byMember = await app.ConsoleAsync(org.Member, (c, me) => c.AddStepAsync(id, me, EvaluationBoard.Key));

        Assert.Equal("Alleen de procesbegeleider van deze bijeenkomst kan dit doen.", byMember.Error);
        Assert.Empty((await app.MeetingAsync(id)).Session!.AddedSteps);
    }

    [Fact]
    public async Task A_note_goes_into_the_field_chosen_and_only_into_a_field_of_the_board()
    {
        var (org, id) = await EvaluatingMeetingAsync();
        await using var phone = await PhoneClient.ConnectAsync(app, org.Member);
        await phone.JoinAsync(id);

        var seed = await phone.AddAsync(id, "Vaker samen op huisbezoek", column: EvaluationBoard.Grow);
        var unknown = await phone.AddAsync(id, "Ergens anders", column: "schoenendoos");
        var none = await phone.AddAsync(id, "Nergens", column: null);

        Assert.Null(seed.Error);
        Assert.Equal(EvaluationBoard.Grow, seed.Item!.Column);
        Assert.Equal(EvaluationBoard.Key, seed.Item.StepKey);
        Assert.Equal("Kies eerst in welk vak je briefje hoort.", unknown.Error);
        Assert.Equal("Kies eerst in welk vak je briefje hoort.", none.Error);
        Assert.Equal([EvaluationBoard.Grow], await StoredColumnsAsync(id));
    }

    [Fact]
    public async Task A_note_posted_without_script_into_an_unknown_field_is_refused_in_dutch_and_keeps_the_others()
    {
        var (org, id) = await EvaluatingMeetingAsync();
        await using var phone = await PhoneClient.ConnectAsync(app, org.Member);
        await phone.AddAsync(id, "Eerst dit", column: EvaluationBoard.Keep);
        var member = await app.LoginAsync(org.Member);
        var page = await member.PageAsync($"/bijeenkomsten/{id}/meedoen");

        var result = await page.SubmitAsync(member, "add-note", new Dictionary<string, string> { ["NoteText"] = "Verkeerd vak", ["NoteColumn"] = "kelder" });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("Kies eerst in welk vak je briefje hoort.", result.Text);
        Assert.Equal(4, page.Document.QuerySelectorAll("input[name=NoteColumn]").Length);
        Assert.Equal([EvaluationBoard.Keep], await StoredColumnsAsync(id));
    }

    [Theory]
    [InlineData("evaluatie")]
    [InlineData("evaluatie/afdrukken")]
    public async Task The_read_back_and_print_pages_show_each_fields_notes_with_their_authors(string page)
    {
        var (org, id) = await EvaluationWithNotesAsync();

        var view = await (await app.LoginAsync(org.Facilitator)).PageAsync($"/bijeenkomsten/{id}/{page}");

        Assert.Equal(HttpStatusCode.OK, view.Status);
        Assert.Equal(Fields, view.Document.QuerySelectorAll(".app-evaluation__field").Select(f => f.GetAttribute("data-column")));
        string NotesIn(string field) => string.Join(" | ", view.All($"[data-column={field}] .app-note__text"));
        Assert.Equal("Doorvragen naar wat iemand zelf kan | Samen de sociale kaart bijhouden", NotesIn(EvaluationBoard.Keep));
        Assert.Equal("Elk gesprek uitgebreid verslaan", NotesIn(EvaluationBoard.Freeze));
        Assert.Equal("", NotesIn(EvaluationBoard.Stop));
        Assert.Equal("Oplossingsgericht werken: wie doet mee?", NotesIn(EvaluationBoard.Grow));
        Assert.Contains("Geen briefjes in dit vak.", view.Document.QuerySelector($"[data-column={EvaluationBoard.Stop}]")!.TextContent);
        Assert.Contains("2 briefjes", view.Document.QuerySelector($"[data-column={EvaluationBoard.Keep}]")!.TextContent);
        Assert.Contains("1 briefje", view.Document.QuerySelector($"[data-column={EvaluationBoard.Freeze}]")!.TextContent);
        Assert.DoesNotContain("1 briefjes", view.Text);
        Assert.Contains("Teamlid", view.Document.QuerySelector($"[data-column={EvaluationBoard.Freeze}] .app-note__author")!.TextContent);
        Assert.Contains("Procesbegeleider", view.Document.QuerySelector($"[data-column={EvaluationBoard.Grow}] .app-note__author")!.TextContent);
        Assert.Contains("Bloem: behouden", view.Text);
    }

    [Fact]
    public async Task The_meeting_page_links_to_the_evaluation_only_when_the_meeting_had_one()
    {
        var (org, id) = await EvaluationWithNotesAsync();
        var without = await app.PlanMeetingAsync(org);
        var member = await app.LoginAsync(org.Member);

        var withLink = await member.PageAsync($"/bijeenkomsten/{id}");
        var withoutLink = await member.PageAsync($"/bijeenkomsten/{without}");
        var withoutPage = await member.GetAsync($"/bijeenkomsten/{without}/evaluatie");

        Assert.NotNull(withLink.Document.QuerySelector($"a[href='/bijeenkomsten/{id}/evaluatie']"));
        Assert.Null(withoutLink.Document.QuerySelector($"a[href$='/evaluatie']"));
        Assert.Equal(HttpStatusCode.NotFound, withoutPage.StatusCode);
    }

    [Theory]
    [InlineData("evaluatie")]
    [InlineData("evaluatie/afdrukken")]
    public async Task The_evaluation_is_for_the_people_in_the_meeting_and_not_found_for_anyone_else(string page)
    {
        var org = await app.CreateOrganisationAsync();
        var other = await app.CreateOrganisationAsync();
        // Only the member is invited: the trainer is in the team but not in this meeting, nor is the team leader.
        var id = await PlanMeetingInvitingAsync(org, org.Member);
        await app.ConsoleAsync(org.Facilitator, (c, me) => c.StartAsync(id, me));
        await app.ConsoleAsync(org.Facilitator, (c, me) => c.AddStepAsync(id, me, EvaluationBoard.Key));
        await app.ConsoleAsync(org.Facilitator, (c, me) => c.CloseAsync(id, me));
        var url = $"/bijeenkomsten/{id}/{page}";

        var allowed = new Dictionary<string, HttpStatusCode>();
        foreach (var person in new[] { org.Facilitator, org.Member })
            allowed[person] = (await (await app.LoginAsync(person)).GetAsync(url)).StatusCode;
        var refused = new Dictionary<string, HttpStatusCode>();
        foreach (var person in new[] { org.Trainer, org.Leader, org.Admin, org.Loner, other.Facilitator, other.Member })
            refused[person] = (await (await app.LoginAsync(person)).GetAsync(url)).StatusCode;
        var anonymous = await app.Browser().GetAsync(url);

        Assert.All(allowed, a => Assert.Equal(HttpStatusCode.OK, a.Value));
        Assert.All(refused, r => Assert.True(r.Value == HttpStatusCode.NotFound, $"{r.Key}: {r.Value}"));
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/inloggen", anonymous.Headers.Location!.ToString());
    }

    /// <summary>A running meeting on its evaluation board.</summary>
    private async Task<(TestOrganisation Org, Guid Meeting)> EvaluatingMeetingAsync()
    {
        var (org, id) = await app.RunningMeetingAsync();
        var opened = await app.ConsoleAsync(org.Facilitator, (c, me) => c.AddStepAsync(id, me, EvaluationBoard.Key));
        if (opened.Error is not null) throw new InvalidOperationException(opened.Error);
        return (org, id);
    }

    /// <summary>A closed meeting whose evaluation board got notes from two phones, in three of its four fields.</summary>
    private async Task<(TestOrganisation Org, Guid Meeting)> EvaluationWithNotesAsync()
    {
        var (org, id) = await app.RunningMeetingAsync();
        await using var member = await PhoneClient.ConnectAsync(app, org.Member);
        await member.AddAsync(id, "Een briefje bij de opening"); // on the agenda's first step: not part of the evaluation
        await app.ConsoleAsync(org.Facilitator, (c, me) => c.AddStepAsync(id, me, EvaluationBoard.Key));
        await using var facilitator = await PhoneClient.ConnectAsync(app, org.Facilitator);
        foreach (var (phone, text, field) in new[]
                 {
                     (member, "Doorvragen naar wat iemand zelf kan", EvaluationBoard.Keep),
                     (member, "Elk gesprek uitgebreid verslaan", EvaluationBoard.Freeze),
                     (facilitator, "Samen de sociale kaart bijhouden", EvaluationBoard.Keep),
                     (facilitator, "Oplossingsgericht werken: wie doet mee?", EvaluationBoard.Grow),
                 })
        {
            var added = await phone.AddAsync(id, text, column: field);
            if (added.Error is not null) throw new InvalidOperationException(added.Error);
        }
        await app.ConsoleAsync(org.Facilitator, (c, me) => c.CloseAsync(id, me));
        return (org, id);
    }

    private async Task<Guid> PlanMeetingInvitingAsync(TestOrganisation org, string invitee)
    {
        var facilitator = await app.LoginAsync(org.Facilitator);
        var page = await facilitator.PageAsync($"/bijeenkomsten/plannen?team={await app.TeamIdAsync(org)}");
        var local = MeetingWorld.DutchTimeOf(app.UtcNow.AddDays(7));
        var result = await page.SubmitAsync(facilitator, "plan-meeting", new Dictionary<string, string>
        {
            ["Input.ModuleId"] = MeetingWorld.Module, ["Input.Date"] = local.ToString("yyyy-MM-dd"), ["Input.Time"] = local.ToString("HH:mm"),
            ["Input.Place"] = "Buurthuis De Linde", ["Input.FacilitatorId"] = (await app.PersonIdAsync(org.Facilitator)).ToString(),
            ["invitee"] = (await app.PersonIdAsync(invitee)).ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, result.Status);
        return Guid.Parse(new Uri(new Uri("http://localhost"), result.Response.Headers.Location!).AbsolutePath.Split('/')[2]);
    }

    private async Task<List<string?>> StoredColumnsAsync(Guid meeting)
    {
        var session = await app.SessionOfAsync(meeting);
        return await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().BoardItems.IgnoreQueryFilters([TenantFilters.Name])
            .Where(i => i.SessionId == session).Select(i => i.Column).ToListAsync());
    }
}

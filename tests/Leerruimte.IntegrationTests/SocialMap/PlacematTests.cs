using Leerruimte.Features.Cohorts;
using Leerruimte.Features.Sessions;
using Leerruimte.IntegrationTests.Meetings;
using Leerruimte.IntegrationTests.RolePlays;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.SocialMap;

/// <summary>Issue 12, item 7: the placemat of module 4 feeds the team's social map; only people who were in the session take its notes.</summary>
public sealed class PlacematTests(FakeClockApp app) : IClassFixture<FakeClockApp>
{
    private async Task<(RolePlayWorld.Room Room, Guid Note)> PlacematNoteAsync(string text)
    {
        var room = await app.RunningModuleAsync(module: 4);
        var script = await app.InScopeAsync(sp => sp.GetRequiredService<SessionScripts>().BaseAsync(CohortSession.Kind, room.Session.Session!.ScriptRef));
        var placemat = script.Steps.ToList().FindIndex(s => s.Title.Contains("placemat"));
        await app.AsAsync(room.Org.Trainer, (sp, me) => sp.GetRequiredService<SessionCommands>().GoToAsync(room.Session.SessionId, me, placemat));
        var note = Guid.NewGuid();
        var added = await app.AsAsync(room.Org.Member, (sp, me) => sp.GetRequiredService<SessionBoard>().AddAsync(room.Session.SessionId, me, note, text));
        Assert.Null(added.Error);
        return (room, note);
    }

    private static string Value(HtmlPage page, string id) => page.Document.GetElementById(id) switch
    {
        AngleSharp.Html.Dom.IHtmlTextAreaElement t => t.Value ?? "",
        AngleSharp.Html.Dom.IHtmlInputElement i => i.Value ?? "",
        _ => "",
    };

    [Fact]
    public async Task A_participant_takes_a_placemat_note_to_their_teams_map_as_the_draft_of_a_partner()
    {
        var (room, note) = await PlacematNoteAsync("Buurthuis De Linde: taalcafé en hulp bij formulieren");
        var member = await app.LoginAsync(room.Org.Member);

        var team = await app.TeamIdAsync(room.Org, room.Org.Team);
        var session = await member.PageAsync(CohortLinks.Session(room.Session.Id));
        var link = session.Document.QuerySelectorAll($"[data-placemat='{note}'] a").Select(a => a.GetAttribute("href") ?? "").FirstOrDefault(h => h.Contains(team.ToString())) ?? "";
        var map = await member.PageAsync(link);

        Assert.Contains("Buurthuis De Linde: taalcafé", session.Text);
        Assert.StartsWith($"/teams/{team}/sociale-kaart?placemat={note}", link);
        Assert.Equal(HttpStatusCode.OK, map.Status);
        Assert.Equal("Buurthuis De Linde", Value(map, "partner-name"));
        Assert.Equal("taalcafé en hulp bij formulieren", Value(map, "partner-offer"));
        Assert.Contains("Dit komt uit de placemat van de training.", map.Text);
    }

    [Fact]
    public async Task Someone_who_was_not_in_the_session_gets_no_draft_and_a_broken_value_is_no_error()
    {
        var (room, note) = await PlacematNoteAsync("Schuldhulp gemeente: spreekuur op maandag");
        var team = await app.TeamIdAsync(room.Org, room.Org.Team);
        var outsider = await app.LoginAsync(room.Org.Leader); // in the team, not in the training

        var map = await outsider.PageAsync($"/teams/{team}/sociale-kaart?placemat={note}");
        var broken = await outsider.PageAsync($"/teams/{team}/sociale-kaart?placemat=niet-een-id");
        var session = await outsider.GetAsync(CohortLinks.Session(room.Session.Id));

        Assert.Equal(HttpStatusCode.OK, map.Status);
        Assert.Equal("", Value(map, "partner-name"));
        Assert.DoesNotContain("Schuldhulp gemeente", map.Text);
        Assert.True(broken.Status is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{broken.Status}");
        Assert.Equal(HttpStatusCode.NotFound, session.StatusCode);
    }
}

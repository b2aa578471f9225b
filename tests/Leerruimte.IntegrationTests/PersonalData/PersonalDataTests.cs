using System.IO.Compression;
using Leerruimte.Data;
using Leerruimte.Features.Sharing;
using Leerruimte.IntegrationTests.Development;
using Leerruimte.IntegrationTests.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.PersonalData;

public sealed class PersonalDataTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    private static readonly byte[] Certificate = "%PDF-1.4 certificaat intervisie"u8.ToArray();

    /// <summary>A member who was in a meeting (notes, an action linked to a point and shared with the leader) and keeps a meter, plan and log, shared in every way; and a colleague with their own.</summary>
    private sealed record World(TestOrganisation Org, HttpClient Member, Guid Me, Guid Colleague, Guid Meeting, Guid Measurement, Guid Team);

    private async Task<World> WorldAsync()
    {
        var (org, meeting) = await app.MeetingWithTwoBoardsAsync();
        var member = await app.LoginAsync(org.Member);
        var (me, leader, colleague, team) = (await app.PersonIdAsync(org.Member), await app.PersonIdAsync(org.Leader), await app.PersonIdAsync(org.Facilitator), await app.TeamIdAsync(org));
        var point = MeterWorld.IdOf(await member.NewPointAsync("Krachtvragen stellen in elk eerste gesprek"));
        await (await member.PageAsync($"/bijeenkomsten/{meeting}/mijn-actie")).SubmitAsync(member, "my-action", new Dictionary<string, string>
            { ["Input.Text"] = "Elke week een cliënt vragen wat hij zelf al deed", ["Input.Rating"] = "5", ["Input.ShareWithLeader"] = "True", ["Input.DevelopmentPointId"] = point.ToString() });
        var measurement = MeterWorld.IdOf((await member.FillAsync(await member.StartMeasurementAsync(), _ => 3)).Url);
        await ShareAsync(member, $"/meter/metingen/{measurement}", measurement, $"p:{leader}");
        await ShareAsync(member, $"/meter/metingen/{measurement}", measurement, $"t:{team}");
        await ShareAsync(member, "/ontwikkelplan", Guid.Empty, $"p:{colleague}");
        await member.ReflectAsync("Een boze vader aan de balie");
        await member.AddActivityAsync("Intervisie met het wijkteam", "Intervision", 90, ("certificaat.pdf", Certificate));
        await member.AddActivityAsync("Casuïstiekbespreking", "CaseConsultation", 60, ("certificaat.pdf", "%PDF-1.4 tweede"u8.ToArray()));
        await member.AddActivityAsync("Supervisie", "Supervision", 60, ("verslag.pdf", "%PDF-1.4 derde"u8.ToArray()));
        // A name stored by an older version, or by hand: the export must not let it climb out of its folder.
        await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().LearningActivities.IgnoreQueryFilters()
            .Where(a => a.PersonId == me && a.Title == "Supervisie").ExecuteUpdateAsync(u => u.SetProperty(a => a.EvidenceFileName, "../../geheim.pdf")));
        await ConsentAsync(member, team);
        var map = $"/teams/{team}/kennis";
        await (await member.PageAsync(map)).SubmitAsync(member, "strength-consent", [new("Show", "true")]);
        await (await member.PageAsync(map)).SubmitAsync(member, "name-specialist", new Dictionary<string, string> { ["Input.Topic"] = "Schulden en armoede" });

        var other = await app.LoginAsync(org.Facilitator);
        await other.NewPointAsync("Punt van de collega");
        await other.AddActivityAsync("Training van de collega", "Training", 120, ("collega.pdf", "%PDF-1.4 collega"u8.ToArray()));
        await ConsentAsync(other, team);
        return new World(org, member, me, colleague, meeting, measurement, team);
    }

    // Counting in a team is a form of its own (share-team-…), apart from sharing with a person.
    private static async Task ShareAsync(HttpClient client, string page, Guid item, string with) =>
        await (await client.PageAsync(page)).SubmitAsync(client, with.StartsWith("t:") ? $"share-team-{item:N}" : $"share-{item:N}",
            new Dictionary<string, string> { ["ShareWith"] = with });

    private static async Task ConsentAsync(HttpClient client, Guid team) =>
        await (await client.PageAsync($"/teams/{team}/ontwikkeling")).SubmitAsync(client, "match-consent", new Dictionary<string, string>());

    private static async Task<Dictionary<string, byte[]>> UnzipAsync(HttpResponseMessage response)
    {
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }

    private static string Text(byte[] bytes) => System.Text.Encoding.UTF8.GetString(bytes);

    [Fact]
    public async Task The_zip_holds_a_readable_overview_of_ones_own_data_the_evidence_files_under_safe_names_and_the_consent()
    {
        var world = await WorldAsync();

        var response = await world.Member.GetAsync("/mijn-gegevens/export.zip");
        var files = await UnzipAsync(response);
        var overview = Text(files["overzicht.html"]);
        var colleagues = Text((await UnzipAsync(await (await app.LoginAsync(world.Org.Facilitator)).GetAsync("/mijn-gegevens/export.zip")))["overzicht.html"]);

        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(["bewijs/certificaat (2).pdf", "bewijs/certificaat.pdf", "bewijs/geheim.pdf", "gegevens.json", "overzicht.html"], files.Keys.Order());
        Assert.Equal(Certificate, files["bewijs/certificaat.pdf"]);
        Assert.Equal("%PDF-1.4 derde", Text(files["bewijs/geheim.pdf"]));
        Assert.StartsWith("<!DOCTYPE html>", overview);
        Assert.DoesNotContain("<script", overview, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=\"http", overview);
        foreach (var mine in new[] { "Krachtvragen stellen in elk eerste gesprek", "Een boze vader aan de balie", "Intervisie met het wijkteam",
                     "Elke week een cliënt vragen wat hij zelf al deed", "Competentiemeter Het Gesprek", "href=\"bewijs/geheim.pdf\"", "Je doet mee in " + world.Org.Team,
                     $"{world.Org.Team} noemt je aandachtsfunctionaris voor: Schulden en armoede.", "staan op de kenniskaart van " + world.Org.Team })
            Assert.Contains(mine, System.Net.WebUtility.HtmlDecode(overview));
        Assert.Contains((await app.StatementsAsync())[0].Text, System.Net.WebUtility.HtmlDecode(overview));
        Assert.Contains("Leidinggevende ", overview);
        Assert.DoesNotContain("Punt van de collega", overview);
        Assert.DoesNotContain("Training van de collega", overview);
        Assert.Contains("MatchConsents", Text(files["gegevens.json"]), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(world.Org.Team, Text(files["gegevens.json"]));
        Assert.Contains("\"strengthsShownIn\"", Text(files["gegevens.json"]));
        Assert.Contains("Schulden en armoede", Text(files["gegevens.json"]));
        Assert.DoesNotContain("Krachtvragen stellen in elk eerste gesprek", colleagues);
        Assert.Contains("Punt van de collega", colleagues);
    }

    [Fact]
    public async Task Someone_in_another_organisation_gets_only_their_own_export()
    {
        var world = await WorldAsync();
        var stranger = await app.LoginAsync((await app.CreateOrganisationAsync("Elders")).Member);

        var files = await UnzipAsync(await stranger.GetAsync("/mijn-gegevens/export.zip"));

        Assert.Equal(["gegevens.json", "overzicht.html"], files.Keys.Order());
        Assert.DoesNotContain("Krachtvragen stellen", Text(files["overzicht.html"]));
        Assert.DoesNotContain(world.Org.Team, Text(files["overzicht.html"]));
    }

    [Fact]
    public async Task The_page_lists_what_was_shared_with_whom_and_revoking_makes_the_readers_page_a_404()
    {
        var world = await WorldAsync();
        var leader = await app.LoginAsync(world.Org.Leader);
        var reader = $"/gedeeld/metingen/{world.Measurement}";
        var shareId = await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().Shares.IgnoreQueryFilters()
            .Where(s => s.ItemId == world.Measurement && s.RecipientId != null).Select(s => s.Id).SingleAsync());

        var page = await world.Member.PageAsync("/mijn-gegevens");
        var named = page.All("#shared-with-people li").ToList();
        var counted = page.All("#counted-in-teams li").ToList();
        var readable = await leader.GetAsync(reader);
        // Others posting the revoke with this share's key, from their own page: nothing happens.
        await (await leader.PageAsync("/mijn-gegevens")).SubmitAsync(leader, "revoke-share", [], ("Revoke", $"s:{shareId}"));
        var stranger = await app.LoginAsync((await app.CreateOrganisationAsync("Elders")).Member);
        await (await stranger.PageAsync("/mijn-gegevens")).SubmitAsync(stranger, "revoke-share", [], ("Revoke", $"s:{shareId}"));
        var stillReadable = await leader.GetAsync(reader);
        var button = page.Document.QuerySelectorAll("#shared-with-people button").Single(b => b.GetAttribute("value") == $"s:{shareId}");
        var revoked = await page.SubmitAsync(world.Member, "revoke-share", [], ("Revoke", button.GetAttribute("value")!));

        Assert.Equal(3, named.Count);
        Assert.Contains(named, s => s.Contains("Competentiemeter Het Gesprek (Voormeting)") && s.Contains("Leidinggevende ") && s.Contains("sinds "));
        Assert.Contains(named, s => s.Contains("Mijn ontwikkelplan") && s.Contains("Procesbegeleider "));
        Assert.Contains(named, s => s.Contains("Je actie bij") && s.Contains("De leidinggevende van " + world.Org.Team));
        Assert.Contains("Competentiemeter Het Gesprek (Voormeting) · Teamoverzicht van " + world.Org.Team, Assert.Single(counted));
        Assert.Contains("Je doet mee in " + world.Org.Team, page.Text);
        Assert.Equal(HttpStatusCode.OK, readable.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillReadable.StatusCode);
        Assert.Contains("Ingetrokken.", revoked.Text);
        Assert.Equal(2, revoked.All("#shared-with-people li").Count());
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync(reader)).StatusCode);
    }

    [Fact]
    public async Task Revoking_an_action_shared_with_the_leader_unshares_the_action_and_keeps_it()
    {
        var world = await WorldAsync();
        var page = await world.Member.PageAsync("/mijn-gegevens");
        var key = page.Document.QuerySelectorAll("#shared-with-people button").Select(b => b.GetAttribute("value")!).Single(v => v.StartsWith("a:"));

        await page.SubmitAsync(world.Member, "revoke-share", [], ("Revoke", key));

        Assert.Equal(0, (await RowsAsync(world.Me))["actions shared with the leader"]);
        Assert.Equal(1, (await RowsAsync(world.Me))["actions"]);
    }

    /// <summary>Rows per table that belong to this person (all organisations, no filter).</summary>
    private Task<Dictionary<string, int>> RowsAsync(Guid person) => app.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<LeerruimteDb>();
        var measurements = db.Measurements.IgnoreQueryFilters().Where(m => m.PersonId == person).Select(m => m.Id);
        var points = db.DevelopmentPoints.IgnoreQueryFilters().Where(p => p.PersonId == person).Select(p => p.Id);
        return new Dictionary<string, int>
        {
            ["measurements"] = await measurements.CountAsync(),
            ["scores"] = await db.MeasurementScores.IgnoreQueryFilters().CountAsync(s => measurements.Contains(s.MeasurementId)),
            ["points"] = await points.CountAsync(),
            ["point history"] = await db.DevelopmentPointEvents.IgnoreQueryFilters().CountAsync(e => points.Contains(e.PointId)),
            ["reflections"] = await db.Reflections.IgnoreQueryFilters().CountAsync(r => r.PersonId == person),
            ["activities"] = await db.LearningActivities.IgnoreQueryFilters().CountAsync(a => a.PersonId == person),
            ["shares"] = await db.Shares.IgnoreQueryFilters().CountAsync(s => s.OwnerId == person),
            ["consents"] = await db.MatchConsents.IgnoreQueryFilters().CountAsync(c => c.PersonId == person),
            ["strengths shown"] = await db.KnowledgeConsents.IgnoreQueryFilters().CountAsync(c => c.PersonId == person),
            ["specialist topics"] = await db.Specialists.IgnoreQueryFilters().CountAsync(s => s.PersonId == person),
            ["actions"] = await db.PersonalActions.IgnoreQueryFilters().CountAsync(a => a.PersonId == person),
            ["actions shared with the leader"] = await db.PersonalActions.IgnoreQueryFilters().CountAsync(a => a.PersonId == person && a.SharedWithLeader),
            ["board notes"] = await db.BoardItems.IgnoreQueryFilters().CountAsync(i => i.AuthorId == person),
            ["attendance"] = await db.SessionParticipants.IgnoreQueryFilters().CountAsync(p => p.PersonId == person),
            ["account"] = await db.Users.IgnoreQueryFilters().CountAsync(p => p.Id == person),
        };
    });

    /// <summary>Where this person's evidence files are on disk.</summary>
    private async Task<List<string>> EvidencePathsAsync(Guid person) =>
        (await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().LearningActivities.IgnoreQueryFilters()
            .Where(a => a.PersonId == person && a.EvidenceKey != null).Select(a => a.EvidenceKey!).ToListAsync()))
        .Select(key => Path.Combine(app.Database.DataFolder, "evidence", key)).ToList();

    private static Task<HtmlPage> DeleteAllAsync(HttpClient client, HtmlPage page, bool tick) =>
        page.SubmitAsync(client, "delete-all", tick ? new Dictionary<string, string> { ["Confirm"] = "ja" } : []);

    [Fact]
    public async Task Deleting_all_development_data_removes_exactly_that_with_its_files_and_leaves_the_colleague_and_the_meeting_record()
    {
        var world = await WorldAsync();
        var (mine, theirs) = (await EvidencePathsAsync(world.Me), await EvidencePathsAsync(world.Colleague));
        var (before, colleagueBefore) = (await RowsAsync(world.Me), await RowsAsync(world.Colleague));

        var result = await DeleteAllAsync(world.Member, await world.Member.PageAsync("/mijn-gegevens"), tick: true);
        var after = await RowsAsync(world.Me);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal(["Metingen: 1", "Ontwikkelpunten: 1", "Reflecties: 1", "Leeractiviteiten: 3", "Bewijsstukken: 3", "Keer gedeeld: 4", "Meedoen aan ‘vraag een collega’: 1",
                "Sterke punten op een kenniskaart: 1"],
            result.All("#deleted li"));
        Assert.All(new[] { "measurements", "points", "reflections", "activities", "consents", "strengths shown", "specialist topics" }, table => Assert.True(before[table] > 0, table));
        Assert.True(before["scores"] > 0 && before["point history"] > 0 && before["board notes"] > 0 && before["attendance"] > 0);
        Assert.All(new[] { "measurements", "scores", "points", "point history", "reflections", "activities", "shares", "consents", "strengths shown", "actions shared with the leader" },
            table => Assert.Equal(0, after[table]));
        Assert.All(new[] { "actions", "board notes", "attendance", "account", "specialist topics" }, table => Assert.Equal(before[table], after[table]));
        Assert.Equal(colleagueBefore, await RowsAsync(world.Colleague));
        Assert.Equal(3, mine.Count);
        Assert.All(mine, path => Assert.False(File.Exists(path), path));
        Assert.All(theirs, path => Assert.True(File.Exists(path), path));
        Assert.Equal(HttpStatusCode.OK, (await world.Member.GetAsync($"/bijeenkomsten/{world.Meeting}/mijn-actie")).StatusCode);
    }

    [Fact]
    public async Task Deleting_all_without_ticking_the_confirmation_shows_the_form_again_in_Dutch_and_deletes_nothing()
    {
        var world = await WorldAsync();
        var before = await RowsAsync(world.Me);

        var result = await DeleteAllAsync(world.Member, await world.Member.PageAsync("/mijn-gegevens"), tick: false);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("Vink eerst aan dat je begrijpt dat alles definitief weg is. Er is niets verwijderd.", result.Text);
        Assert.NotNull(result.Document.QuerySelector("details.app-delete[open] #delete-all-confirm[aria-invalid=true]"));
        Assert.Empty(result.All("#deleted li"));
        Assert.Equal(before, await RowsAsync(world.Me));
        Assert.All(await EvidencePathsAsync(world.Me), path => Assert.True(File.Exists(path), path));
    }

    [Fact]
    public async Task Nobody_else_can_delete_your_development_data()
    {
        var world = await WorldAsync();
        var before = await RowsAsync(world.Me);
        var colleague = await app.LoginAsync(world.Org.Facilitator);

        // The colleague's own delete-all deletes the colleague's data only: the form names no person.
        var theirs = await DeleteAllAsync(colleague, await colleague.PageAsync("/mijn-gegevens"), tick: true);
        // A page elsewhere posting to the member's page, with the member's cookie but without the antiforgery token.
        var forged = await world.Member.PostAsync("/mijn-gegevens", new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "delete-all", ["Confirm"] = "ja" }));

        Assert.Contains("Ontwikkelpunten: 1", theirs.Text);
        Assert.Equal(0, (await RowsAsync(world.Colleague))["points"]);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(before, await RowsAsync(world.Me));
    }
}

namespace Leerruimte.IntegrationTests.Development;

public sealed class PlanAndLogTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    [Fact]
    public async Task A_strength_from_the_meter_becomes_a_development_point_with_SMART_hints()
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);
        var ids = await app.StatementIdsAsync();
        var result = await member.FillAsync(await member.StartMeasurementAsync(), id => id == ids[0] ? 5 : 3); // the one strength
        var link = result.Document.QuerySelector("a[href^='/ontwikkelplan/nieuw?meting=']")!.GetAttribute("href")!;

        var form = await member.PageAsync(link);
        var url = await member.NewPointAsync(form.Document.QuerySelector("#title")!.GetAttribute("value")!, link["/ontwikkelplan/nieuw".Length..]);
        var saved = await member.PageAsync(url);

        Assert.Contains("Vanuit de stelling", saved.Text);
        Assert.Contains("Wanneer wil je het bereikt hebben? Kies een datum.", saved.Text);
        Assert.Contains("Nog te beginnen", saved.Text);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("2027-02-30")]
    public async Task A_target_date_that_cannot_be_read_gets_a_Dutch_message_and_no_point_is_made(string date)
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);

        var result = await (await member.PageAsync("/ontwikkelplan/nieuw")).SubmitAsync(member, "point",
            new Dictionary<string, string>(DevelopmentWorld.Point("Krachtvragen stellen")) { ["Input.TargetDate"] = date });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.StartsWith("Dit kunnen we niet lezen.", result.Document.QuerySelector("#target-date-error")!.TextContent.Trim());
        Assert.Equal("Krachtvragen stellen", result.Document.QuerySelector("#title")!.GetAttribute("value"));
        Assert.DoesNotContain("Krachtvragen stellen", (await member.PageAsync("/ontwikkelplan")).Text);
    }

    [Fact]
    public async Task A_development_point_is_stored_without_control_and_direction_characters()
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);

        var url = await member.NewPointAsync("Krachtvragen\u0008 stellen\u202E", goal: "Regel een\r\nregel twee\u0007");
        var saved = await member.PageAsync(url);

        Assert.Equal("Krachtvragen stellen", saved.Document.QuerySelector("#title")!.GetAttribute("value"));
        Assert.Equal("Regel een\nregel twee", saved.Document.QuerySelector("#goal")!.TextContent.Replace("\r", ""));
    }

    [Fact]
    public async Task A_status_change_is_kept_in_the_history()
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);
        var url = await member.NewPointAsync("Krachtvragen stellen in elk eerste gesprek");

        var changed = await (await member.PageAsync(url)).SubmitAsync(member, "point-status",
            new Dictionary<string, string> { ["NewStatus"] = "Working", ["StatusNote"] = "Eerste drie gesprekken gedaan" });

        Assert.Contains("Mee bezig – Eerste drie gesprekken gedaan", changed.Text);
        Assert.Contains("Nog te beginnen", changed.Text);
    }

    [Fact]
    public async Task A_point_without_a_name_is_refused_in_Dutch()
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);

        var result = await (await member.PageAsync("/ontwikkelplan/nieuw")).SubmitAsync(member, "point", DevelopmentWorld.Point("", "Wel een doel"));

        Assert.Contains("Geef je ontwikkelpunt een korte naam.", result.Text);
        Assert.Equal("Wel een doel", result.Document.QuerySelector("#goal")!.TextContent);
        // The field points at its message, so a screen reader reads it when the field gets focus.
        var title = result.Document.QuerySelector("#title")!;
        Assert.Equal("true", title.GetAttribute("aria-invalid"));
        Assert.Equal("Geef je ontwikkelpunt een korte naam.", result.Document.GetElementById(title.GetAttribute("aria-describedby")!)!.TextContent.Trim());
    }

    [Fact]
    public async Task Someone_elses_plan_is_closed_unless_shared_and_then_read_only()
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);
        var url = await member.NewPointAsync("Vaker doorvragen naar het netwerk");
        var colleague = await app.LoginAsync(org.Facilitator);
        var owner = await app.PersonIdAsync(org.Member);

        var theirEdit = await colleague.GetAsync(url);
        var before = await colleague.GetAsync($"/gedeeld/plan/{owner}");
        await (await member.PageAsync("/ontwikkelplan")).SubmitAsync(member, $"share-{Guid.Empty:N}",
            new Dictionary<string, string> { ["ShareWith"] = $"p:{await app.PersonIdAsync(org.Facilitator)}" });
        var after = await colleague.PageAsync($"/gedeeld/plan/{owner}");
        var list = await colleague.PageAsync("/gedeeld");

        Assert.Equal(HttpStatusCode.NotFound, theirEdit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Contains("Vaker doorvragen naar het netwerk", after.Text);
        Assert.Empty(after.Document.QuerySelectorAll("main form"));
        Assert.Contains("Ontwikkelplan van ", list.Text);
    }

    [Fact]
    public async Task A_STAR_reflection_is_written_linked_shared_and_deleted_by_its_owner()
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);
        var point = await member.NewPointAsync("Rustig blijven bij boosheid");
        var pointId = point.Split('/').Last();

        var saved = await (await member.PageAsync("/leerlogboek/reflecties/nieuw")).SubmitAsync(member, "reflection", new Dictionary<string, string>
        {
            ["Input.Date"] = "2026-11-20", ["Input.Situation"] = "Een boze vader aan de balie", ["Input.Task"] = "Het gesprek de-escaleren",
            ["Input.Action"] = "Ik liet hem eerst uitpraten", ["Input.Result"] = "Hij werd rustiger", ["Input.Lessons"] = "Eerst luisteren",
            ["Input.DevelopmentPointId"] = pointId, ["Input.ActionId"] = "",
        });
        var log = await member.PageAsync("/leerlogboek");
        var url = log.Document.QuerySelector(".app-card a[href^='/leerlogboek/reflecties/']")!.GetAttribute("href")!;
        var stranger = await (await app.LoginAsync(org.Leader)).GetAsync(url);
        var deleted = await (await member.PageAsync(url)).SubmitAsync(member, "delete-reflection", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Contains("Een boze vader aan de balie", log.Text);
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, deleted.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task A_reflection_cannot_be_linked_to_someone_elses_point()
    {
        var org = await app.CreateOrganisationAsync();
        var other = await app.LoginAsync(org.Facilitator);
        var theirPoint = (await other.NewPointAsync("Van een ander")).Split('/').Last();
        var member = await app.LoginAsync(org.Member);

        var result = await (await member.PageAsync("/leerlogboek/reflecties/nieuw")).SubmitAsync(member, "reflection", new Dictionary<string, string>
        {
            ["Input.Date"] = "2026-11-20", ["Input.Situation"] = "Iets", ["Input.DevelopmentPointId"] = theirPoint, ["Input.ActionId"] = "",
        });

        Assert.Contains("Je kunt alleen koppelen aan je eigen ontwikkelpunten", result.Text);
    }

    [Fact]
    public async Task An_activity_with_a_certificate_counts_as_reflection_hours_and_its_file_is_for_the_owner_and_shares_only()
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);

        var saved = await member.AddActivityAsync("Intervisie met wijkteam", "Intervision", 90, ("certificaat.pdf", "%PDF-1.4 intervisie"u8.ToArray()));
        var log = await member.PageAsync("/leerlogboek");
        var url = log.Document.QuerySelector(".app-card a[href^='/leerlogboek/activiteiten/']")!.GetAttribute("href")!;
        var id = MeterWorld.IdOf(url);
        var download = await member.GetAsync($"/leerlogboek/bewijs/{id}");
        var byStranger = await (await app.LoginAsync(org.Leader)).GetAsync($"/leerlogboek/bewijs/{id}");
        await (await member.PageAsync(url)).SubmitAsync(member, $"share-{id:N}", new Dictionary<string, string> { ["ShareWith"] = $"p:{await app.PersonIdAsync(org.Leader)}" });
        var byShared = await (await app.LoginAsync(org.Leader)).GetAsync($"/leerlogboek/bewijs/{id}");

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal("1.5", log.Document.QuerySelector("tbody tr td strong")!.TextContent.Replace(',', '.'));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("%PDF-1.4 intervisie", await download.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, byStranger.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byShared.StatusCode);
    }

    [Theory]
    [InlineData("virus.exe", "Dit soort bestand kan niet")]
    [InlineData("nep.pdf", "Dit bestand lijkt geen echte pdf")]
    [InlineData("groot.pdf", "te groot")]
    [InlineData("leeg.pdf", "Het bestand is leeg.")]
    public async Task A_forbidden_or_too_big_file_is_refused_and_the_activity_is_not_half_saved(string name, string message)
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);
        var content = name switch { "groot.pdf" => [.. "%PDF"u8, .. new byte[6 * 1024 * 1024]], "leeg.pdf" => [], _ => "MZ niet echt"u8.ToArray() };

        var result = await member.AddActivityAsync("Cursus gespreksvoering", "Training", 120, (name, content));

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains(message, result.Text);
        Assert.Equal("Cursus gespreksvoering", result.Document.QuerySelector("#title")!.GetAttribute("value"));
        Assert.Contains("Nog geen activiteiten", (await member.PageAsync("/leerlogboek")).Text);
    }

    [Fact]
    public async Task An_activity_without_a_file_chosen_is_saved_without_evidence()
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);

        var saved = await member.AddActivityAsync("Collegiaal overleg", "Intervision", 60, ("", []));

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.DoesNotContain("Nog geen activiteiten", (await member.PageAsync("/leerlogboek")).Text);
    }

    [Fact]
    public async Task An_activity_sent_with_a_NUL_and_a_direction_override_is_stored_without_them()
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);

        var saved = await member.AddActivityAsync("Intervisie\u0000 met\u202E het team", "Intervision", 60);

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Contains("Intervisie met het team", (await member.PageAsync("/leerlogboek")).Text);
    }

    [Fact]
    public async Task The_personal_export_holds_ones_own_data_and_nobody_elses()
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);
        await member.NewPointAsync("Mijn eigen punt");
        await (await app.LoginAsync(org.Facilitator)).NewPointAsync("Punt van de procesbegeleider");

        var json = await (await member.GetAsync("/mijn-gegevens/export.json")).Content.ReadAsStringAsync();
        var page = await member.PageAsync("/mijn-gegevens");

        Assert.Contains("Mijn eigen punt", json);
        Assert.DoesNotContain("Punt van de procesbegeleider", json);
        Assert.Contains(org.Member, json);
        Assert.Equal(HttpStatusCode.OK, page.Status);
    }
}

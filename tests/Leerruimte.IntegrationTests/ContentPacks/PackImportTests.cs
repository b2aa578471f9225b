using Leerruimte.Features.ContentPacks;

namespace Leerruimte.IntegrationTests.ContentPacks;

public sealed class PackImportTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    private static string NewId() => $"module-{Guid.NewGuid():N}"[..28];

    [Fact]
    public async Task The_shipped_modules_are_in_the_catalogue_from_the_start()
    {
        var org = await app.CreateOrganisationAsync();

        var catalogue = await (await app.LoginAsync(org.Member)).PageAsync("/modules");

        Assert.Contains("ondernemend", catalogue.Text);
        Assert.Contains("eigen kracht en zelfregie", catalogue.Text);
    }

    [Fact]
    public async Task An_admin_uploads_a_valid_pack_and_the_team_can_read_it()
    {
        var org = await app.CreateOrganisationAsync();
        var id = NewId();

        var result = await Packs.UploadAsync(app, org.Admin, Packs.Module(id, "Samenwerken in de wijk"));
        var module = await (await app.LoginAsync(org.Member)).PageAsync($"/modules/{id}");

        Assert.Contains("‘Samenwerken in de wijk’ versie 1 is opgeslagen", result.Text);
        Assert.Equal(HttpStatusCode.OK, module.Status);
        Assert.Equal("Samenwerken in de wijk", module.H1);
    }

    [Fact]
    public async Task A_broken_pack_is_refused_whole_with_file_line_and_field_and_the_previous_version_stays()
    {
        var org = await app.CreateOrganisationAsync();
        var id = NewId();
        await Packs.UploadAsync(app, org.Admin, Packs.Module(id, "Versie een"));

        var result = await Packs.UploadAsync(app, org.Admin, Packs.Module(id, "Versie twee", version: 2, minutes: 45), "versie2.yaml");
        var module = await (await app.LoginAsync(org.Member)).PageAsync($"/modules/{id}");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("Het pakket is niet opgeslagen", result.Text);
        Assert.Contains("versie2.yaml, regel 27, veld 'facilitator.durationMinutes'", result.Text);
        Assert.Equal("Versie een", module.H1);
    }

    [Fact]
    public async Task Changed_content_under_an_existing_version_is_refused()
    {
        var org = await app.CreateOrganisationAsync();
        var id = NewId();
        await Packs.UploadAsync(app, org.Admin, Packs.Module(id, "Origineel"));

        var result = await Packs.UploadAsync(app, org.Admin, Packs.Module(id, "Stiekem anders"));

        Assert.Contains("bestaat al met andere inhoud; verhoog de versie", result.Text);
    }

    [Fact]
    public async Task Uploading_the_same_pack_twice_changes_nothing()
    {
        var org = await app.CreateOrganisationAsync();
        var source = Packs.Module(NewId(), "Twee keer");
        await Packs.UploadAsync(app, org.Admin, source);

        var again = await Packs.UploadAsync(app, org.Admin, source);

        Assert.Contains("stond er al precies zo", again.Text);
    }

    [Fact]
    public async Task A_new_version_is_shown_while_the_old_one_stays_readable_by_number()
    {
        var org = await app.CreateOrganisationAsync();
        var id = NewId();
        await Packs.UploadAsync(app, org.Admin, Packs.Module(id, "Eerste versie"));
        await Packs.UploadAsync(app, org.Admin, Packs.Module(id, "Tweede versie", version: 2));
        var member = await app.LoginAsync(org.Member);

        Assert.Equal("Tweede versie", (await member.PageAsync($"/modules/{id}")).H1);
        Assert.Equal("Eerste versie", (await member.PageAsync($"/modules/{id}?versie=1")).H1);
        Assert.Equal(HttpStatusCode.NotFound, (await member.PageAsync($"/modules/{id}?versie=7")).Status);
    }

    [Fact]
    public async Task A_pack_may_not_take_the_id_of_a_shipped_pack()
    {
        var org = await app.CreateOrganisationAsync();

        var result = await Packs.UploadAsync(app, org.Admin, Packs.Module("eigen-kracht-zelfregie", "Overname", version: 9));

        Assert.Contains("hoort bij een meegeleverd pakket", result.Text);
    }

    [Theory]
    [InlineData("plaatje.png", "Alleen .yaml- of .yml-bestanden")]
    [InlineData("leeg.yaml", "Kies eerst een bestand.")]
    public async Task Wrong_files_get_a_clear_message(string fileName, string message)
    {
        var org = await app.CreateOrganisationAsync();

        var result = await Packs.UploadAsync(app, org.Admin, fileName == "leeg.yaml" ? "" : "kind: module", fileName);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains(message, result.Text);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_upload_far_over_the_cap_gets_a_dutch_page_and_nothing_is_stored(bool withoutLength)
    {
        var org = await app.CreateOrganisationAsync();
        var id = NewId();
        var source = Packs.Module(id, "Veel te groot") + "\n#" + new string('x', 50 * 1024 * 1024);

        var result = await Packs.UploadAsync(app, org.Admin, source, chunked: withoutLength);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, result.Status);
        Assert.Equal("Het bestand is te groot", result.H1);
        Assert.Contains("hoogstens 1 MB", result.Text);
        Assert.DoesNotContain("antiforgery", result.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await Packs.StoredVersionsAsync(app, id));
    }

    [Fact]
    public async Task A_file_just_over_the_cap_is_refused_on_the_page_in_dutch()
    {
        var org = await app.CreateOrganisationAsync();
        var id = NewId();
        var source = Packs.Module(id, "Net te groot") + "\n#" + new string('x', PackParser.MaxFileBytes);

        var result = await Packs.UploadAsync(app, org.Admin, source);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("Het bestand is groter dan 1 MB.", result.Text);
        Assert.Equal(0, await Packs.StoredVersionsAsync(app, id));
    }

    [Fact]
    public async Task An_alias_bomb_is_refused_on_the_page_with_file_and_line()
    {
        var org = await app.CreateOrganisationAsync();
        var bomb = "kind: module\na: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol]\n"
            + string.Join("\n", "bcdefghi".Select((c, i) => $"{c}: &{c} [{string.Join(",", Enumerable.Repeat($"*{"abcdefghi"[i]}", 9))}]"));

        var result = await Packs.UploadAsync(app, org.Admin, bomb, "bom.yaml");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("bom.yaml, regel 2: '&a' is een anker", result.Text);
    }
}

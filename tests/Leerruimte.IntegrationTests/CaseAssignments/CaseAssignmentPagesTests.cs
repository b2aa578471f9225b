namespace Leerruimte.IntegrationTests.CaseAssignments;

public sealed class CaseAssignmentPagesTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    private const string Overlast = "/naslag/casusopdrachten/overlast-in-de-buurt";

    [Fact]
    public async Task The_reference_index_links_to_the_list_of_case_assignments()
    {
        var member = await app.LoginAsync((await app.CreateOrganisationAsync()).Member);

        var index = await member.PageAsync("/naslag");
        var list = await member.PageAsync("/naslag/casusopdrachten");

        Assert.NotNull(index.Document.QuerySelector("a[href='/naslag/casusopdrachten']"));
        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.Equal("Casusopdrachten", list.H1);
        Assert.Equal(7, list.Document.QuerySelectorAll("a[href^='/naslag/casusopdrachten/']").Length);
        Assert.Contains("Overlast in de buurt", list.Text);
        Assert.Contains("Geen pampers op het Willemsplein", list.Text);
    }

    [Fact]
    public async Task A_case_page_shows_the_situation_followed_by_the_questions_of_its_method()
    {
        var member = await app.LoginAsync((await app.CreateOrganisationAsync()).Member);

        var page = await member.PageAsync(Overlast);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Overlast in de buurt", page.H1);
        Assert.Equal(["De situatie", "Vragen bij de casus"], page.All("main h2"));
        Assert.Contains("Slachthuisbuurt", page.Text);
        Assert.Equal(["Problemen", "Kansen", "Plan van aanpak", "Toetsen aan de bakens", "Partners", "Competenties", "Werkvormen"],
            page.Document.QuerySelectorAll(".app-step h3").Select(h => h.ChildNodes[0].TextContent.Trim()));
        Assert.Contains("Welke beren op de weg zie je?", page.All(".app-prompts li"));
        Assert.NotNull(page.Document.QuerySelector("a[href='/naslag/werkvormen/casusopdracht']"));
        Assert.NotNull(page.Document.QuerySelector($"a[href='{Overlast}/afdrukken']"));
    }

    [Fact]
    public async Task The_print_view_puts_the_case_and_its_questions_on_an_A4_sheet()
    {
        var member = await app.LoginAsync((await app.CreateOrganisationAsync()).Member);

        var print = await member.PageAsync($"{Overlast}/afdrukken");

        Assert.Equal(HttpStatusCode.OK, print.Status);
        Assert.Equal("Overlast in de buurt", print.H1);
        Assert.Single(print.Document.QuerySelectorAll(".app-sheet"));
        Assert.Null(print.Document.QuerySelector(".app-header"));
        Assert.Equal(7, print.Document.QuerySelectorAll(".app-step").Length);
        Assert.Contains("Werk de casus uit met de werkvorm Casusopdracht.", print.Text);
        Assert.NotNull(print.Document.QuerySelector($"a[href='{Overlast}']"));
    }

    [Theory]
    [InlineData("/naslag/casusopdrachten/bestaat-niet")]
    [InlineData("/naslag/casusopdrachten/Niet%20Geldig")]
    [InlineData("/naslag/casusopdrachten/bestaat-niet/afdrukken")]
    public async Task An_unknown_case_assignment_is_a_Dutch_not_found_page(string url)
    {
        var member = await app.LoginAsync((await app.CreateOrganisationAsync()).Member);

        var page = await member.PageAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Pagina niet gevonden", page.H1);
    }

    [Fact]
    public async Task A_case_assignment_whose_method_no_pack_has_shows_a_Dutch_notice_instead_of_the_questions()
    {
        var org = await app.CreateOrganisationAsync();
        var id = $"casus-{Guid.NewGuid():N}"[..20];
        var upload = await Packs.UploadAsync(app, org.Admin, $"""
            kind: case-assignments
            id: eigen-{id}
            version: 1
            title: Eigen casussen
            caseAssignments:
              - id: {id}
                title: Een eigen casus
                method: bestaat-niet
                situation: Een buurman vraagt om hulp.
            """);
        var member = await app.LoginAsync(org.Member);

        var page = await member.PageAsync($"/naslag/casusopdrachten/{id}");

        Assert.Contains("is opgeslagen", upload.Text);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Een buurman vraagt om hulp.", page.Text);
        Assert.Contains("De vragen bij deze casus staan in de werkvorm ‘bestaat-niet’, maar die werkvorm staat niet in de naslag.", page.Document.QuerySelector(".utrecht-alert")?.TextContent);
        Assert.Empty(page.Document.QuerySelectorAll(".app-step"));
    }
}

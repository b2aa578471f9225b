namespace Leerruimte.IntegrationTests.Modules;

public sealed class ModulePagesTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    [Theory]
    [InlineData("ondernemend-professionele-ruimte", "Stoelenstrategie")]
    [InlineData("eigen-kracht-zelfregie", "Richting geven aan je leven")]
    public async Task Every_part_of_a_module_can_be_read(string module, string assignment)
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);

        var intro = await member.PageAsync($"/modules/{module}");
        var assignments = await member.PageAsync($"/modules/{module}/opdrachten");
        var action = await member.PageAsync($"/modules/{module}/individuele-actie");
        var forms = await member.PageAsync($"/modules/{module}/leervormen");
        var cases = await member.PageAsync($"/modules/{module}/casuistiek");

        Assert.Contains("Om mee te beginnen", intro.Text);
        Assert.Contains(assignment, assignments.Text);
        Assert.Contains("Dit is geen beoordeling", action.Text);
        Assert.Equal(4, forms.Document.QuerySelectorAll(".app-learning-form").Length);
        Assert.Contains("Vragen bij de casus", cases.Text);
    }

    [Theory]
    [InlineData("/modules/eigen-kracht-zelfregie/opdrachten", "/modules")]
    [InlineData("/", "/")]
    [InlineData("/meter", "/meter")]
    [InlineData("/ontwikkelplan", "/meter")]
    [InlineData("/leerlogboek", "/meter")]
    public async Task The_menu_marks_the_section_of_the_page_as_current(string page, string section)
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);

        var html = await member.PageAsync(page);

        var current = html.Document.QuerySelectorAll(".app-nav__link[aria-current=page]");
        Assert.Equal([section], current.Select(a => a.GetAttribute("href")));
        Assert.Contains("active", current[0].ClassList);
    }

    [Fact]
    public async Task The_facilitator_script_adds_up_to_the_meeting_length()
    {
        var org = await app.CreateOrganisationAsync();
        var facilitator = await app.LoginAsync(org.Facilitator);

        var script = await facilitator.PageAsync("/modules/ondernemend-professionele-ruimte/afdrukken/draaiboek");

        Assert.Contains("Draaiboek voor een bijeenkomst van 75 minuten", script.Text);
        Assert.Equal(["vanaf 0 min", "vanaf 10 min", "vanaf 30 min", "vanaf 40 min", "vanaf 44 min", "vanaf 55 min", "vanaf 60 min"],
            script.Document.QuerySelectorAll(".app-agenda__item th").Select(th => th.TextContent.Trim()[..(th.TextContent.Trim().IndexOf("min") + 3)]));
    }

    [Fact]
    public async Task The_feedback_form_has_eight_statements_on_a_four_point_scale()
    {
        var org = await app.CreateOrganisationAsync();
        var facilitator = await app.LoginAsync(org.Facilitator);

        var form = await facilitator.PageAsync("/modules/eigen-kracht-zelfregie/afdrukken/terugkoppelingsformulier");

        Assert.Equal(8, form.Document.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("1 = nee, 2 = enigszins, 3 = grotendeels, 4 = ja", form.Text);
    }

    [Fact]
    public async Task The_hand_outs_print_every_team_part_on_its_own_sheet()
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);

        var handouts = await member.PageAsync("/modules/ondernemend-professionele-ruimte/afdrukken/hand-outs");

        Assert.Equal(4, handouts.Document.QuerySelectorAll(".app-sheet").Length);
        Assert.Null(handouts.Document.QuerySelector(".app-header"));
        Assert.Contains("Werkblad: Plan-Do-Check-Act", handouts.Text);
    }

    [Theory]
    [InlineData("/modules/bestaat-niet")]
    [InlineData("/modules/Niet%20Geldig")]
    [InlineData("/modules/eigen-kracht-zelfregie/onzin")]
    [InlineData("/modules/eigen-kracht-zelfregie?versie=0")]
    [InlineData("/modules/eigen-kracht-zelfregie/afdrukken/onzin")]
    [InlineData("/naslag/werkvormen/bestaat-niet")]
    [InlineData("/beheer/teams/00000000-0000-0000-0000-000000000001")]
    [InlineData("/beheer/teams/geen-guid")]
    [InlineData("/beheer/mensen/00000000-0000-0000-0000-000000000001")]
    [InlineData("/bestaat/helemaal/niet")]
    public async Task Unknown_addresses_give_a_Dutch_not_found_page(string url)
    {
        var org = await app.CreateOrganisationAsync();
        var admin = await app.LoginAsync(org.Admin);

        var page = await admin.PageAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Pagina niet gevonden", page.H1);
    }

    [Fact]
    public async Task A_form_post_without_antiforgery_token_is_a_bad_request_not_an_error()
    {
        var org = await app.CreateOrganisationAsync();
        var admin = await app.LoginAsync(org.Admin);

        var response = await admin.PostAsync("/beheer/teams", new FormUrlEncodedContent([new("_handler", "new-team"), new("Input.Name", "x")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_interface_switches_to_English_and_back()
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);

        await member.GetAsync("/taal/en?terug=/modules");
        var english = await member.PageAsync("/modules/eigen-kracht-zelfregie/opdrachten");
        await member.GetAsync("/taal/nl");
        var dutch = await member.PageAsync("/modules/eigen-kracht-zelfregie/opdrachten");
        var unknown = await member.GetAsync("/taal/fr");

        Assert.Equal("en", english.Document.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Team assignments", english.Text);
        Assert.Contains("Teamopdrachten", dutch.Text);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }
}

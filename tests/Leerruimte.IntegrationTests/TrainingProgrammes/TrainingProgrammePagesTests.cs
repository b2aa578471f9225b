namespace Leerruimte.IntegrationTests.TrainingProgrammes;

public sealed class TrainingProgrammePagesTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    private const string Programme = "/trainingen/het-gesprek";

    public static TheoryData<string> Pages =>
        ["/trainingen", Programme, $"{Programme}/module/1", $"{Programme}/module/4/afdrukken", $"{Programme}/afdrukken/observatieformulier/observatie-module-2"];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_trainer_opens_the_training_pages(string url)
    {
        var org = await app.CreateOrganisationAsync();
        var trainer = await app.LoginAsync(org.Trainer);

        var page = await trainer.PageAsync(url);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Het Gesprek", page.Text);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_plain_member_is_sent_to_the_access_denied_page(string url)
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);

        var response = await member.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/geen-toegang", response.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [InlineData("/trainingen/bestaat-niet")]
    [InlineData("/trainingen/Niet%20Geldig")]
    [InlineData("/trainingen/eigen-kracht-zelfregie")]
    [InlineData("/trainingen/het-gesprek/module/5")]
    [InlineData("/trainingen/het-gesprek/module/0")]
    [InlineData("/trainingen/het-gesprek/module/-1")]
    [InlineData("/trainingen/het-gesprek/module/99999999999")]
    [InlineData("/trainingen/het-gesprek/module/een")]
    [InlineData("/trainingen/het-gesprek/module/5/afdrukken")]
    [InlineData("/trainingen/bestaat-niet/module/1/afdrukken")]
    [InlineData("/trainingen/het-gesprek/afdrukken/observatieformulier/bestaat-niet")]
    [InlineData("/trainingen/bestaat-niet/afdrukken/observatieformulier/observatie-module-2")]
    public async Task An_unknown_programme_or_module_is_a_Dutch_not_found_page(string url)
    {
        var org = await app.CreateOrganisationAsync();
        var trainer = await app.LoginAsync(org.Trainer);

        var page = await trainer.PageAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Pagina niet gevonden", page.H1);
    }

    [Fact]
    public async Task The_list_links_the_programme_and_is_reached_from_the_trainings_in_the_menu()
    {
        var org = await app.CreateOrganisationAsync();
        var trainer = await app.LoginAsync(org.Trainer);

        var list = await trainer.PageAsync("/trainingen");
        var cohorts = await trainer.PageAsync("/trainingen/groepen");

        Assert.Contains(Programme, list.Document.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
        // One "Trainingen" entry in the menu (the cohorts); it is marked current on the programme pages too.
        Assert.Equal(["/trainingen/groepen"], list.Document.QuerySelectorAll(".app-nav__link[aria-current=page]").Select(a => a.GetAttribute("href")));
        Assert.Contains("/trainingen", cohorts.Document.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task The_programme_page_shows_the_talk_every_module_and_the_four_evaluation_questions()
    {
        var org = await app.CreateOrganisationAsync();
        var trainer = await app.LoginAsync(org.Trainer);

        var page = await trainer.PageAsync(Programme);

        Assert.Contains("Voorbereidend gesprek met de opdrachtgever", page.Text);
        var modules = page.All("section.app-panel h2").ToList();
        Assert.Equal([1, 2, 3, 4], modules.Select(h => int.Parse(h["Module ".Length..h.IndexOf(':')])));
        Assert.Equal(("Module 1: Context en kader", "Module 4: Integraal werken"), (modules[0], modules[3]));
        Assert.Equal(4, page.Document.QuerySelectorAll("#evaluatie + ol li").Length);
        Assert.Contains("Competentiemeter Het Gesprek", page.Text);
        Assert.Contains("5 onderdelen met samen 21 kijkpunten", page.Text);
        Assert.Contains("8 uitspraken", page.Text);
        foreach (var heading in new[] { "Programma", "Voorbereiding voor de deelnemers", "Huiswerk", "Materiaal voor de trainer", "Achtergrond voor de trainer" })
            Assert.Equal(4, page.All("section.app-panel h3").Count(h => h == heading));
    }

    [Fact]
    public async Task The_script_shows_each_item_with_its_clock_offset_its_outcomes_and_a_link_to_its_work_form()
    {
        var org = await app.CreateOrganisationAsync();
        var trainer = await app.LoginAsync(org.Trainer);

        var page = await trainer.PageAsync($"{Programme}/module/1");

        var clocks = page.All(".app-script__clock").ToList();
        Assert.Equal(["0:00", "0:20", "0:35", "0:55"], clocks.Take(4));
        Assert.Equal("3:40", clocks[^1]);
        Assert.Contains("Draaiboek van module 1: 235 minuten met de pauzes", page.Text);
        Assert.Contains("leeruitkomst 4: Weet welke gevolgen die route heeft", page.Text);
        // A work form the organisation has is linked; the others are named, so no link leads nowhere.
        var links = page.Document.QuerySelectorAll(".app-script a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/naslag/werkvormen/speed-dating-kennismaking", links);
        foreach (var link in links)
            Assert.Equal(HttpStatusCode.OK, (await trainer.GetAsync(link)).StatusCode);
    }

    [Fact]
    public async Task The_print_view_of_a_script_has_no_site_header_and_leads_back_to_the_script()
    {
        var org = await app.CreateOrganisationAsync();
        var trainer = await app.LoginAsync(org.Trainer);

        var page = await trainer.PageAsync($"{Programme}/module/3/afdrukken");

        Assert.Null(page.Document.QuerySelector(".app-header"));
        Assert.Equal(12, page.Document.QuerySelectorAll(".app-script__item").Length);
        Assert.Contains($"{Programme}/module/3", page.Document.QuerySelectorAll(".app-print__toolbar a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task A_blank_observation_form_prints_the_questions_of_the_phone_form_with_lines_for_the_names()
    {
        var org = await app.CreateOrganisationAsync();
        var trainer = await app.LoginAsync(org.Trainer);

        var statements = await trainer.PageAsync($"{Programme}/afdrukken/observatieformulier/observatie-module-2");
        var checkpoints = await trainer.PageAsync($"{Programme}/afdrukken/observatieformulier/observatie-module-3");
        var script = await trainer.PageAsync($"{Programme}/module/3");

        Assert.Equal(8, statements.Document.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(4, statements.Document.QuerySelectorAll("thead th.app-center").Length); // nee, enigszins, grotendeels, ja
        Assert.Equal(["Gespreksvoerder", "Observant", "Datum en ronde"], statements.All("dl.app-fill-in dt"));
        Assert.Equal(5 + 1, checkpoints.All("h3").Count()); // the five items and the remarks
        Assert.Equal(21, checkpoints.Document.QuerySelectorAll(".app-tick-list li").Length);
        Assert.Contains("Opmerkingen voor de gespreksvoerder", checkpoints.All("h3"));
        Assert.Contains($"{Programme}/afdrukken/observatieformulier/observatie-module-3", script.Document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Contains(Programme, statements.Document.QuerySelectorAll(".app-print__toolbar a").Select(a => a.GetAttribute("href")));
    }
}

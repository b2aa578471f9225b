namespace Leerruimte.IntegrationTests.Isolation;

/// <summary>Who may open which page, per role. Forbidden pages send people to "Geen toegang", anonymous visitors to the login.</summary>
public sealed class PageAccessTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    private const string Module = "/modules/ondernemend-professionele-ruimte";

    public static TheoryData<string> PagesForEveryoneSignedIn =>
    [
        "/", "/modules", Module, $"{Module}/opdrachten", $"{Module}/individuele-actie", $"{Module}/leervormen", $"{Module}/casuistiek",
        $"{Module}/afdrukken/hand-outs", $"{Module}/afdrukken/individuele-actie", "/naslag", "/naslag/werkvormen/pdca",
    ];

    public static TheoryData<string> FacilitatorPages =>
        [$"{Module}/procesbegeleider", $"{Module}/afdrukken/draaiboek", $"{Module}/afdrukken/terugkoppelingsformulier"];

    public static TheoryData<string> AdminPages =>
        ["/beheer", "/beheer/teams", "/beheer/mensen", "/beheer/mensen/nieuw", "/beheer/inhoud", "/beheer/outbox"];

    /// <summary>The only pages a visitor opens without signing in; each says [AllowAnonymous] itself.</summary>
    private static readonly string[] AnonymousPages =
        ["/", "/inloggen", "/wachtwoord-vergeten", "/wachtwoord-instellen", "/geen-toegang", "/niet-gevonden", "/fout", "/status/{Code:int}"];

    [Fact]
    public void Every_page_requires_sign_in_except_the_named_anonymous_ones()
    {
        var pages = RouteTable.Of(app).Where(r => r.IsPage).ToList();

        Assert.All(AnonymousPages, template => Assert.Contains(pages, p => p.Template == template));
        Assert.All(pages, page => Assert.True(
            AnonymousPages.Contains(page.Template) ? page.AllowsAnonymous : !page.AllowsAnonymous && page.Authorization.Count > 0,
            $"{page.Template} ({page.Component!.Name}): {(AnonymousPages.Contains(page.Template) ? "named anonymous but lacks [AllowAnonymous]" : "open without signing in")}"));
    }

    [Theory]
    [MemberData(nameof(PagesForEveryoneSignedIn))]
    public async Task Every_role_can_read_the_modules_and_reference(string page)
    {
        var org = await app.CreateOrganisationAsync();
        foreach (var person in org.Everyone)
        {
            var client = await app.LoginAsync(person);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(page)).StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(PagesForEveryoneSignedIn))]
    [MemberData(nameof(FacilitatorPages))]
    [MemberData(nameof(AdminPages))]
    public async Task Anonymous_visitors_are_sent_to_the_login(string page)
    {
        if (page == "/") return; // the start page welcomes visitors
        var response = await app.Browser().GetAsync(page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/inloggen", response.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [MemberData(nameof(FacilitatorPages))]
    public async Task Only_facilitators_trainers_and_admins_see_the_facilitator_part(string page)
    {
        var org = await app.CreateOrganisationAsync();
        foreach (var person in new[] { org.Facilitator, org.Trainer, org.Admin })
            Assert.Equal(HttpStatusCode.OK, (await (await app.LoginAsync(person)).GetAsync(page)).StatusCode);
        foreach (var person in new[] { org.Member, org.Leader, org.Loner })
            await AssertForbiddenAsync(await app.LoginAsync(person), page);
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task Only_admins_open_the_admin_pages(string page)
    {
        var org = await app.CreateOrganisationAsync();
        Assert.Equal(HttpStatusCode.OK, (await (await app.LoginAsync(org.Admin)).GetAsync(page)).StatusCode);
        foreach (var person in new[] { org.Leader, org.Facilitator, org.Trainer, org.Member, org.Loner })
            await AssertForbiddenAsync(await app.LoginAsync(person), page);
    }

    [Fact]
    public async Task Team_and_person_admin_pages_are_for_admins_only()
    {
        var org = await app.CreateOrganisationAsync();
        var pages = new[] { $"/beheer/teams/{await app.TeamIdAsync(org)}", $"/beheer/mensen/{await app.PersonIdAsync(org.Member)}" };
        foreach (var page in pages)
        {
            Assert.Equal(HttpStatusCode.OK, (await (await app.LoginAsync(org.Admin)).GetAsync(page)).StatusCode);
            await AssertForbiddenAsync(await app.LoginAsync(org.Leader), page);
        }
    }

    [Fact]
    public async Task A_member_sees_no_facilitator_tab_and_a_facilitator_does()
    {
        var org = await app.CreateOrganisationAsync();

        var asMember = await (await app.LoginAsync(org.Member)).PageAsync(Module);
        var asFacilitator = await (await app.LoginAsync(org.Facilitator)).PageAsync(Module);

        Assert.DoesNotContain("Voor de procesbegeleider", asMember.All(".app-tabs a"));
        Assert.Contains("Voor de procesbegeleider", asFacilitator.All(".app-tabs a"));
    }

    [Fact]
    public async Task The_forbidden_page_explains_in_Dutch_with_status_403()
    {
        var org = await app.CreateOrganisationAsync();
        var page = await (await app.LoginAsync(org.Member)).PageAsync("/geen-toegang");

        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
        Assert.Equal("Geen toegang", page.H1);
    }

    private static async Task AssertForbiddenAsync(HttpClient client, string page)
    {
        var response = await client.GetAsync(page);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{page}: {response.StatusCode}");
        Assert.StartsWith("/geen-toegang", response.Headers.Location!.PathAndQuery);
    }
}

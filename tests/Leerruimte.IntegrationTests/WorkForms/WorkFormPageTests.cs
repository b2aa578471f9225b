namespace Leerruimte.IntegrationTests.WorkForms;

public sealed class WorkFormPageTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    [Fact]
    public async Task The_action_learning_page_shows_who_does_what_and_the_prompts_of_every_step()
    {
        var member = await app.LoginAsync((await app.CreateOrganisationAsync()).Member);

        var page = await member.PageAsync("/naslag/werkvormen/actieleren");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(5, page.Document.QuerySelectorAll(".app-step").Length);
        Assert.Equal(5, page.Document.QuerySelectorAll(".app-step .app-roles").Length);
        Assert.Equal(5, page.Document.QuerySelectorAll(".app-step .app-prompts").Length);
        Assert.Contains("Inbrenger (actie-eigenaar): Schetst kort de situatie en sluit af met de eigen ontwikkelvraag.", page.All(".app-roles li"));
        Assert.Contains("Voorwaarden", page.All("main h2"));
        Assert.Contains("Een methode voor casusoverleg", page.Text);
        Assert.Contains("Telt voor het beroepsregister als: Intervisie", page.Text);
        Assert.Contains("minuten per stap zijn van ons", page.Text);
    }

    [Fact]
    public async Task A_work_form_without_roles_or_prompts_shows_only_its_steps()
    {
        var member = await app.LoginAsync((await app.CreateOrganisationAsync()).Member);

        var page = await member.PageAsync("/naslag/werkvormen/mindmap");

        Assert.Equal(3, page.Document.QuerySelectorAll(".app-step").Length);
        Assert.Empty(page.Document.QuerySelectorAll(".app-roles, .app-prompts"));
        Assert.DoesNotContain("Telt voor het beroepsregister", page.Text);
    }
}

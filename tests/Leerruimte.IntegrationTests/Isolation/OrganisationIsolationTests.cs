using Leerruimte.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Isolation;

/// <summary>Tries to cross from one organisation into another by every door the pages have. None may open.</summary>
public sealed class OrganisationIsolationTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    [Fact]
    public async Task An_admin_cannot_open_another_organisations_team_or_person()
    {
        var (mine, theirs) = (await app.CreateOrganisationAsync("A"), await app.CreateOrganisationAsync("B"));
        var admin = await app.LoginAsync(mine.Admin);

        var team = await admin.PageAsync($"/beheer/teams/{await app.TeamIdAsync(theirs)}");
        var person = await admin.PageAsync($"/beheer/mensen/{await app.PersonIdAsync(theirs.Member)}");

        Assert.Equal(HttpStatusCode.NotFound, team.Status);
        Assert.Equal(HttpStatusCode.NotFound, person.Status);
        Assert.DoesNotContain(theirs.Team, team.Text + person.Text);
    }

    [Fact]
    public async Task Lists_and_searches_show_only_the_own_organisation()
    {
        var (mine, theirs) = (await app.CreateOrganisationAsync("A"), await app.CreateOrganisationAsync("B"));
        var admin = await app.LoginAsync(mine.Admin);

        var teams = await admin.PageAsync("/beheer/teams");
        var people = await admin.PageAsync("/beheer/mensen");
        var search = await admin.PageAsync($"/beheer/mensen?zoek={Uri.EscapeDataString(theirs.Member)}");
        var start = await (await app.LoginAsync(mine.Member)).PageAsync("/");

        Assert.Contains(mine.Team, teams.Text);
        Assert.DoesNotContain(theirs.Team, teams.Text);
        Assert.Contains(mine.Member, people.Text);
        Assert.DoesNotContain(theirs.Member, people.Text);
        Assert.Equal("0 mensen", search.Document.QuerySelector("caption")!.TextContent);
        Assert.DoesNotContain(theirs.Team, start.Text);
    }

    [Fact]
    public async Task An_admin_cannot_put_someone_from_another_organisation_in_a_team()
    {
        var (mine, theirs) = (await app.CreateOrganisationAsync("A"), await app.CreateOrganisationAsync("B"));
        var admin = await app.LoginAsync(mine.Admin);
        var url = $"/beheer/teams/{await app.TeamIdAsync(mine)}";

        var result = await (await admin.PageAsync(url)).SubmitAsync(admin, "add-member",
            new Dictionary<string, string> { ["Add.Email"] = theirs.Member, ["Add.Role"] = "Member" });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("Er is in je organisatie niemand met het e-mailadres", result.Text);
        Assert.DoesNotContain(theirs.Member, result.Document.QuerySelector("table")!.TextContent);
    }

    [Fact]
    public async Task An_admin_cannot_remove_a_membership_of_another_organisation()
    {
        var (mine, theirs) = (await app.CreateOrganisationAsync("A"), await app.CreateOrganisationAsync("B"));
        var theirTeam = await app.TeamIdAsync(theirs);
        var theirMembership = await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().TeamMemberships
            .IgnoreQueryFilters([TenantFilters.Name]).Where(m => m.TeamId == theirTeam).Select(m => m.Id).FirstAsync());
        var admin = await app.LoginAsync(mine.Admin);
        var page = await admin.PageAsync($"/beheer/teams/{await app.TeamIdAsync(mine)}");

        await page.SubmitAsync(admin, "remove-member", new Dictionary<string, string>(), ("RemoveId", theirMembership.ToString()));

        var stillThere = await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().TeamMemberships
            .IgnoreQueryFilters([TenantFilters.Name]).AnyAsync(m => m.Id == theirMembership));
        Assert.True(stillThere);
    }

    [Fact]
    public async Task An_admin_cannot_act_on_a_person_of_another_organisation()
    {
        var (mine, theirs) = (await app.CreateOrganisationAsync("A"), await app.CreateOrganisationAsync("B"));
        var admin = await app.LoginAsync(mine.Admin);
        var ownPerson = await admin.PageAsync($"/beheer/mensen/{await app.PersonIdAsync(mine.Member)}");
        var theirPerson = await app.PersonIdAsync(theirs.Member);

        // Re-use a genuine form (antiforgery) but aim it at the other organisation's person.
        var form = ownPerson.Form("person-actions");
        form.SetAttribute("action", $"/beheer/mensen/{theirPerson}");
        var result = await ownPerson.SubmitAsync(admin, "person-actions", new Dictionary<string, string>(), ("Action", "block"));

        Assert.True(result.Status is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, result.Status.ToString());
        var locked = await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().Users
            .IgnoreQueryFilters([TenantFilters.Name]).Where(p => p.Id == theirPerson).Select(p => p.LockoutEnd).SingleAsync());
        Assert.Null(locked);
    }

    [Fact]
    public async Task The_outbox_page_shows_only_the_own_organisations_mail()
    {
        var (mine, theirs) = (await app.CreateOrganisationAsync("A"), await app.CreateOrganisationAsync("B"));
        foreach (var org in new[] { mine, theirs })
        {
            var admin = await app.LoginAsync(org.Admin);
            await (await admin.PageAsync($"/beheer/mensen/{await app.PersonIdAsync(org.Member)}"))
                .SubmitAsync(admin, "person-actions", new Dictionary<string, string>(), ("Action", "welcome"));
        }

        var outbox = await (await app.LoginAsync(mine.Admin)).PageAsync("/beheer/outbox");

        Assert.Contains(mine.Member, outbox.Text);
        Assert.DoesNotContain(theirs.Member, outbox.Text);
    }

    [Fact]
    public async Task A_pack_uploaded_by_one_organisation_is_invisible_to_another()
    {
        var (mine, theirs) = (await app.CreateOrganisationAsync("A"), await app.CreateOrganisationAsync("B"));
        var packId = $"eigen-module-{Guid.NewGuid():N}"[..30];
        await Packs.UploadAsync(app, mine.Admin, Packs.Module(packId, "Onze eigen module"));

        var ours = await (await app.LoginAsync(mine.Member)).PageAsync("/modules");
        var theirsCatalogue = await (await app.LoginAsync(theirs.Member)).PageAsync("/modules");
        var theirsDirect = await (await app.LoginAsync(theirs.Member)).GetAsync($"/modules/{packId}");

        Assert.Contains("Onze eigen module", ours.Text);
        Assert.DoesNotContain("Onze eigen module", theirsCatalogue.Text);
        Assert.Equal(HttpStatusCode.NotFound, theirsDirect.StatusCode);
    }
}

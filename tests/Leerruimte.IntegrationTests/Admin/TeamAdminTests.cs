namespace Leerruimte.IntegrationTests.Admin;

public sealed class TeamAdminTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    [Fact]
    public async Task An_admin_creates_a_team_and_lands_on_its_page()
    {
        var org = await app.CreateOrganisationAsync();
        var admin = await app.LoginAsync(org.Admin);

        var result = await (await admin.PageAsync("/beheer/teams")).SubmitAsync(admin, "new-team",
            new Dictionary<string, string> { ["Input.Name"] = "Wijkteam Oost", ["Input.Description"] = "Oost en het centrum" });
        var teamPage = await admin.PageAsync(result.Response.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, result.Status);
        Assert.Equal("Wijkteam Oost", teamPage.H1);
        Assert.Contains("Het team is aangemaakt", teamPage.Text);
    }

    [Theory]
    [InlineData("", "Vul een naam in.")]
    [InlineData("TEAM", "Er is al een team met de naam")]
    public async Task A_team_without_a_name_or_with_a_taken_name_is_refused_in_Dutch(string name, string message)
    {
        var org = await app.CreateOrganisationAsync();
        var admin = await app.LoginAsync(org.Admin);

        var result = await (await admin.PageAsync("/beheer/teams")).SubmitAsync(admin, "new-team",
            new Dictionary<string, string> { ["Input.Name"] = name == "TEAM" ? org.Team : name });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains(message, result.Text);
    }

    [Fact]
    public async Task A_name_that_is_far_too_long_gets_a_message_not_an_error()
    {
        var org = await app.CreateOrganisationAsync();
        var admin = await app.LoginAsync(org.Admin);

        var result = await (await admin.PageAsync("/beheer/teams")).SubmitAsync(admin, "new-team",
            new Dictionary<string, string> { ["Input.Name"] = new string('x', 5000) });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("Deze tekst is te lang.", result.Text);
    }

    [Theory]
    [InlineData("9", "Kies een van de mogelijkheden uit de lijst.")]
    [InlineData("Baas", "Dit kunnen we niet lezen.")]
    public async Task A_role_that_does_not_exist_is_refused_in_Dutch_and_nobody_is_added(string role, string message)
    {
        var org = await app.CreateOrganisationAsync();
        var admin = await app.LoginAsync(org.Admin);
        var url = $"/beheer/teams/{await app.TeamIdAsync(org)}";

        var refused = await (await admin.PageAsync(url)).SubmitAsync(admin, "add-member",
            new Dictionary<string, string> { ["Add.Email"] = org.Loner, ["Add.Role"] = role });

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.StartsWith(message, refused.Document.QuerySelector("#member-role-error")!.TextContent.Trim());
        Assert.DoesNotContain(org.Loner.Split('@')[0], (await admin.PageAsync(url)).Document.QuerySelector("table")?.TextContent ?? "");
    }

    [Fact]
    public async Task A_person_added_as_facilitator_gets_the_facilitator_part_after_signing_in_again()
    {
        var org = await app.CreateOrganisationAsync();
        var admin = await app.LoginAsync(org.Admin);
        var team = await admin.PageAsync($"/beheer/teams/{await app.TeamIdAsync(org)}");

        var added = await team.SubmitAsync(admin, "add-member",
            new Dictionary<string, string> { ["Add.Email"] = org.Loner, ["Add.Role"] = "Facilitator" });
        var facilitatorPart = await (await app.LoginAsync(org.Loner)).GetAsync("/modules/eigen-kracht-zelfregie/procesbegeleider");

        Assert.Contains($"{org.Loner} is toegevoegd", added.Text);
        Assert.Equal(HttpStatusCode.OK, facilitatorPart.StatusCode);
    }

    [Fact]
    public async Task Adding_the_same_role_twice_says_so_and_keeps_one()
    {
        var org = await app.CreateOrganisationAsync();
        var admin = await app.LoginAsync(org.Admin);
        var url = $"/beheer/teams/{await app.TeamIdAsync(org)}";

        var result = await (await admin.PageAsync(url)).SubmitAsync(admin, "add-member",
            new Dictionary<string, string> { ["Add.Email"] = org.Member, ["Add.Role"] = "Member" });

        Assert.Contains("heeft deze rol al in dit team", result.Text);
        var key = org.Member.Split('@')[0].Replace("member-", "");
        Assert.Single(result.Document.QuerySelectorAll("tbody tr"), r => r.TextContent.Contains($"Teamlid {key}") && r.TextContent.Contains("Teamlid\n"));
    }

    [Fact]
    public async Task Removing_a_role_takes_it_away_and_removing_it_again_is_harmless()
    {
        var org = await app.CreateOrganisationAsync();
        var admin = await app.LoginAsync(org.Admin);
        var url = $"/beheer/teams/{await app.TeamIdAsync(org)}";
        var page = await admin.PageAsync(url);
        var colleagueRow = page.Document.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Collega"));
        var membershipId = colleagueRow.QuerySelector("button[name=RemoveId]")!.GetAttribute("value")!;

        var removed = await page.SubmitAsync(admin, "remove-member", new Dictionary<string, string>(), ("RemoveId", membershipId));
        var again = await page.SubmitAsync(admin, "remove-member", new Dictionary<string, string>(), ("RemoveId", membershipId));

        Assert.DoesNotContain(removed.Document.QuerySelectorAll("tbody tr"), r => r.TextContent.Contains("Collega"));
        Assert.Equal(HttpStatusCode.OK, again.Status);
    }
}

using AngleSharp.Html.Dom;
using Leerruimte.IntegrationTests.Development;

namespace Leerruimte.IntegrationTests.Sharing;

public sealed class SharePanelTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    [Fact]
    public async Task The_person_list_names_each_colleagues_roles_and_nobody_is_chosen_beforehand()
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);

        var plan = await member.PageAsync("/ontwikkelplan");

        var select = (IHtmlSelectElement)plan.Document.QuerySelector($"#recipient-{Guid.Empty:N}")!;
        var options = select.Options.Select(o => o.TextContent.Trim()).ToList();
        var key = org.Team["Team ".Length..];
        Assert.Equal(["Kies een persoon", $"Collega {key} – teamlid", $"Leidinggevende {key} – leidinggevende / coördinator",
            $"Procesbegeleider {key} – procesbegeleider, teamlid"], options);
        Assert.Empty(select.QuerySelectorAll("option[selected]"));
        Assert.Equal("Met een persoon delen", select.Closest("fieldset")!.QuerySelector("legend")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_anonymous_team_count_is_its_own_choice_apart_from_the_people_and_not_ticked()
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);
        var result = await member.FillAsync(await member.StartMeasurementAsync(), _ => 3);
        var id = MeterWorld.IdOf(result.Url);

        var page = await member.PageAsync(result.Url);
        var people = page.Form($"share-{id:N}");
        var team = page.Form($"share-team-{id:N}");

        Assert.Empty(people.QuerySelectorAll("option[value^='t:']"));
        Assert.Equal("Anoniem meetellen in het teamoverzicht", team.QuerySelector("fieldset > legend")!.TextContent.Trim());
        var radios = team.QuerySelectorAll("input[type=radio][name=ShareWith]").Cast<IHtmlInputElement>().ToList();
        Assert.Equal([org.OtherTeam, org.Team], radios.Select(r => page.Document.QuerySelector($"label[for='{r.Id}']")!.TextContent.Trim()).Order());
        Assert.All(radios, r => Assert.False(r.IsChecked));
        Assert.Contains("Niemand ziet jouw eigen antwoorden.", team.TextContent);
    }

    [Fact]
    public async Task Counting_in_a_team_without_choosing_one_is_refused_in_Dutch_and_shares_nothing()
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);
        var result = await member.FillAsync(await member.StartMeasurementAsync(), _ => 3);
        var id = MeterWorld.IdOf(result.Url);

        var refused = await (await member.PageAsync(result.Url)).SubmitAsync(member, $"share-team-{id:N}", new Dictionary<string, string>());
        var person = await (await member.PageAsync(result.Url)).SubmitAsync(member, $"share-{id:N}",
            new Dictionary<string, string> { ["ShareWith"] = $"t:{await app.TeamIdAsync(org)}" });

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("Kies het team waarin je anoniem wilt meetellen.", refused.Text);
        Assert.Contains("Kies met wie je dit wilt delen.", person.Text);
        Assert.Empty(person.Document.QuerySelectorAll("button[name=RevokeId]"));
    }
}

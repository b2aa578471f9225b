using Leerruimte.Data;
using Leerruimte.Features.Cases;
using Leerruimte.Infrastructure.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Cases;

public sealed class CaseLibraryTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    [Fact]
    public async Task A_member_writes_a_case_and_the_team_finds_it_by_text_and_by_tag()
    {
        var org = await app.CreateOrganisationAsync();
        var team = await app.TeamIdAsync(org);
        var member = await app.LoginAsync(org.Member);
        var url = await member.NewCaseAsync(team, "Vader wil geen hulp bij de schulden", "Hij zegt dat hij het zelf wel oplost.", "Schulden, eenzaamheid");
        await member.NewCaseAsync(team, "Buurvrouw belt elke dag", "Ze voelt zich alleen.", "eenzaamheid");

        var saved = await member.PageAsync(url);
        var byText = await (await app.LoginAsync(org.Facilitator)).PageAsync($"/teams/{team}/casuistiek?zoek=OPLOST");
        var byTag = await member.PageAsync($"/teams/{team}/casuistiek?label=Eenzaamheid");
        var neither = await member.PageAsync($"/teams/{team}/casuistiek?zoek=huisvesting");

        Assert.Equal("De casus is opgeslagen.", saved.Document.QuerySelector(".utrecht-alert")?.TextContent.Trim());
        Assert.Equal("schulden, eenzaamheid", saved.Document.QuerySelector("#case-tags")!.GetAttribute("value"));
        Assert.Equal(["Vader wil geen hulp bij de schulden"], byText.All(".app-cards h2"));
        Assert.Equal(2, byTag.All(".app-cards h2").Count());
        Assert.Empty(neither.All(".app-cards h2"));
        Assert.Contains("Geen casussen gevonden", neither.Text);
    }

    [Fact]
    public async Task A_case_with_a_BSN_is_not_saved_and_the_writer_sees_it_marked_with_what_it_seems_to_be()
    {
        var org = await app.CreateOrganisationAsync();
        var team = await app.TeamIdAsync(org);
        var member = await app.LoginAsync(org.Member);

        var refused = await member.WriteCaseAsync(team, CaseWorld.Case("Moeder met schulden", "Haar BSN is 111222333, ze woont op Dorpsstraat 12, 1234 AB."));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal(["111222333", "12, 1234 AB"], refused.All(".app-privacy mark"));
        Assert.Contains("dit lijkt een burgerservicenummer", refused.Text);
        Assert.Contains("dit lijkt een adres", refused.Text);
        Assert.Contains("Nog niet opgeslagen", refused.Text);
        Assert.Contains("Haar BSN is 111222333", refused.Document.QuerySelector("#case-situation")!.TextContent); // nothing typed is lost
        Assert.Equal(0, await CasesAsync(org.Id));

        var rewritten = await member.WriteCaseAsync(team, CaseWorld.Case("Moeder met schulden", "Een moeder van rond de veertig met schulden."));
        Assert.Equal(HttpStatusCode.Redirect, rewritten.Status);
    }

    [Fact]
    public async Task What_the_writer_confirms_is_not_identifying_is_saved_and_recorded_with_who_confirmed_it()
    {
        var org = await app.CreateOrganisationAsync();
        var team = await app.TeamIdAsync(org);
        var member = await app.LoginAsync(org.Member);
        var fields = CaseWorld.Case("Doorverwijzing", "Ze kan het algemene nummer van het wijkteam bellen: 010-1234567.");
        var refused = await member.WriteCaseAsync(team, fields);
        var key = refused.Document.QuerySelector($"input[name={PrivacyGuard.ConfirmField}]")!.GetAttribute("value")!;

        var saved = await member.WriteCaseAsync(team, fields, key);
        var page = await member.PageAsync(saved.Response.Headers.Location!.OriginalString);
        var again = await page.SubmitAsync(member, "case", new Dictionary<string, string>(fields) { ["Input.Title"] = "Doorverwijzing naar het wijkteam" });

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var confirmation = await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().CaseConfirmations.IgnoreQueryFilters().SingleAsync(c => c.OrganisationId == org.Id));
        Assert.Equal(IdentifyingKind.Phone, confirmation.Kind);
        Assert.Equal(await app.PersonIdAsync(org.Member), confirmation.ConfirmedById);
        Assert.Contains("dit lijkt een telefoonnummer., door Teamlid", page.Text);
        Assert.Contains("De casus is opgeslagen.", again.Text); // not asked again once confirmed
    }

    [Fact]
    public async Task An_archived_case_leaves_the_list_and_can_be_put_back()
    {
        var org = await app.CreateOrganisationAsync();
        var team = await app.TeamIdAsync(org);
        var member = await app.LoginAsync(org.Member);
        var url = await member.NewCaseAsync(team, "Jongere zonder startkwalificatie");

        var archived = await (await member.PageAsync(url)).SubmitAsync(member, "case-archive", []);
        var current = await member.PageAsync($"/teams/{team}/casuistiek");
        var archive = await member.PageAsync($"/teams/{team}/casuistiek?archief=1");
        var restored = await (await member.PageAsync(url)).SubmitAsync(member, "case-archive", []);

        Assert.Contains("De casus is gearchiveerd en staat nu bij de gearchiveerde casussen.", archived.Text);
        Assert.Empty(current.All(".app-cards h2"));
        Assert.Equal(["Jongere zonder startkwalificatie"], archive.All(".app-cards h2"));
        Assert.Contains("weer bij de huidige casussen", restored.Text);
        Assert.Single((await member.PageAsync($"/teams/{team}/casuistiek")).All(".app-cards h2"));
    }

    [Fact]
    public async Task A_deleted_case_is_gone_from_the_list_search_and_its_page_with_what_was_confirmed()
    {
        var org = await app.CreateOrganisationAsync();
        var team = await app.TeamIdAsync(org);
        var member = await app.LoginAsync(org.Member);
        var fields = CaseWorld.Case("Mantelzorger overbelast", "Bereikbaar via info@wijkteam.example.");
        var key = (await member.WriteCaseAsync(team, fields)).Document.QuerySelector($"input[name={PrivacyGuard.ConfirmField}]")!.GetAttribute("value")!;
        var url = (await member.WriteCaseAsync(team, fields, key)).Response.Headers.Location!.OriginalString.Split('?')[0];

        var deleted = await (await member.PageAsync(url)).SubmitAsync(member, "case-delete", []);

        Assert.Equal(HttpStatusCode.Redirect, deleted.Status);
        Assert.Contains("De casus is verwijderd.", (await member.PageAsync(deleted.Response.Headers.Location!.OriginalString)).Text);
        Assert.Empty((await member.PageAsync($"/teams/{team}/casuistiek?zoek=mantelzorger")).All(".app-cards h2"));
        Assert.Equal(HttpStatusCode.NotFound, (await member.PageAsync(url)).Status);
        Assert.Equal(0, await CasesAsync(org.Id));
        Assert.False(await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().CaseConfirmations.IgnoreQueryFilters().AnyAsync(c => c.OrganisationId == org.Id)));
    }

    [Theory]
    [InlineData("", "Een situatie", "", "Geef de casus een titel.")]
    [InlineData("Titel", "", "", "Beschrijf de situatie.")]
    [InlineData("Titel", "Een situatie", "a,b,c,d,e,f,g,h,i,j,k", "Geef hoogstens 10 labels.")]
    public async Task Bad_input_gets_a_Dutch_message_keeps_what_was_typed_and_saves_nothing(string title, string situation, string tags, string message)
    {
        var org = await app.CreateOrganisationAsync();
        var team = await app.TeamIdAsync(org);
        var member = await app.LoginAsync(org.Member);

        var result = await member.WriteCaseAsync(team, CaseWorld.Case(title, situation, tags));

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains(message, result.Text);
        Assert.Equal(title, result.Document.QuerySelector("#case-title")!.GetAttribute("value") ?? "");
        Assert.Equal(0, await CasesAsync(org.Id));
    }

    [Fact]
    public async Task A_text_longer_than_the_field_allows_is_refused_with_a_message_not_an_error()
    {
        var org = await app.CreateOrganisationAsync();
        var team = await app.TeamIdAsync(org);
        var member = await app.LoginAsync(org.Member);

        var result = await member.WriteCaseAsync(team, CaseWorld.Case("Titel", new string('x', TeamCase.MaxSituation + 1)),
            [.. Enumerable.Range(0, 500).Select(i => new string('k', 300))]);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("Deze tekst is te lang.", result.Text);
        Assert.Equal(0, await CasesAsync(org.Id));
    }

    private Task<int> CasesAsync(Guid organisationId) =>
        app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().TeamCases.IgnoreQueryFilters().CountAsync(c => c.OrganisationId == organisationId));
}

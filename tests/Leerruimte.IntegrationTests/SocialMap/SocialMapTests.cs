using Leerruimte.Data;
using Leerruimte.Infrastructure.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.SocialMap;

public sealed class SocialMapTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    [Fact]
    public async Task A_member_adds_a_partner_another_changes_it_and_a_third_removes_it()
    {
        var org = await app.CreateOrganisationAsync();
        var team = await app.TeamIdAsync(org);
        var member = await app.LoginAsync(org.Member);
        var partner = await member.AddPartnerAsync(team, SocialMapWorld.Partner(contact: "Fatima de Vries", reach: "Spreekuur dinsdag 9-11 in het buurthuis"));

        var added = await member.PageAsync($"{partner}?nieuw=1");
        var facilitator = await app.LoginAsync(org.Facilitator);
        var changed = await (await facilitator.PageAsync(partner)).SubmitAsync(facilitator, "edit-partner",
            SocialMapWorld.Partner("Input", name: "Schuldhulp Lindenhaven-Noord", role: "budgetcoach"));
        var map = await facilitator.PageAsync(SocialMapWorld.Map(team));

        Assert.Contains("De partner staat op de sociale kaart.", added.Text);
        Assert.Equal("Schuldhulp Lindenhaven-Noord", changed.H1);
        Assert.Contains("Opgeslagen.", changed.Text);
        Assert.Contains("Vraag naar: budgetcoach", map.Text);
        Assert.DoesNotContain("Fatima de Vries", map.Text); // the optional fields were emptied by the change

        var leader = await app.LoginAsync(org.Leader);
        var removed = await (await leader.PageAsync(partner)).SubmitAsync(leader, "partner-delete", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, removed.Status);
        Assert.DoesNotContain("Schuldhulp", (await leader.PageAsync(SocialMapWorld.Map(team))).Text);
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync(partner)).StatusCode);
    }

    [Fact]
    public async Task The_map_is_searched_by_text_in_any_field_whatever_the_capitals()
    {
        var org = await app.CreateOrganisationAsync();
        var team = await app.TeamIdAsync(org);
        var member = await app.LoginAsync(org.Member);
        await member.AddPartnerAsync(team);
        await member.AddPartnerAsync(team, SocialMapWorld.Partner(name: "Buurthuis De Linde", offer: "Koffieochtend en taalcafé", role: "beheerder"));

        var byOffer = await member.PageAsync($"{SocialMapWorld.Map(team)}?zoek=TAALCAF");
        var byRole = await member.PageAsync($"{SocialMapWorld.Map(team)}?zoek=schuldhulpverlener");
        var nothing = await member.PageAsync($"{SocialMapWorld.Map(team)}?zoek=zwembad");
        var long_ = await member.PageAsync($"{SocialMapWorld.Map(team)}?zoek={new string('a', 5000)}");

        Assert.Equal(["Buurthuis De Linde"], byOffer.All(".app-partner h3"));
        Assert.Equal(["Schuldhulp Lindenhaven"], byRole.All(".app-partner h3"));
        Assert.Empty(nothing.All(".app-partner h3"));
        Assert.Contains("Geen partners gevonden met deze zoektekst.", nothing.Text);
        Assert.Equal(HttpStatusCode.OK, long_.Status);
    }

    [Fact]
    public async Task A_gap_is_noted_with_who_closes_it_then_closed_and_removed()
    {
        var org = await app.CreateOrganisationAsync();
        var team = await app.TeamIdAsync(org);
        var member = await app.LoginAsync(org.Member);
        var noted = await member.NoteGapAsync(team, "Geen inloop voor jongeren met schulden in Noord", await app.PersonIdAsync(org.Facilitator));
        var gap = await member.AddGapAsync(team, "Geen taalmaatje voor nieuwkomers");

        var map = await member.PageAsync(SocialMapWorld.Map(team));
        var closed = await (await member.PageAsync(gap)).SubmitAsync(member, "edit-gap",
            new Dictionary<string, string> { ["Input.Text"] = "Geen taalmaatje voor nieuwkomers", ["Input.OwnerId"] = "", ["Input.Status"] = "Closed" });
        var after = await member.PageAsync(SocialMapWorld.Map(team));

        Assert.Equal(HttpStatusCode.Redirect, noted.Status);
        Assert.Contains(map.All(".app-gap"), g => g.Contains("Open") && g.Contains($"Procesbegeleider") && g.Contains("jongeren met schulden"));
        Assert.Contains("Opgeslagen.", closed.Text);
        Assert.Contains(after.All(".app-gap"), g => g.StartsWith("Gesloten") && g.Contains("taalmaatje"));

        var removed = await (await member.PageAsync(gap)).SubmitAsync(member, "gap-delete", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, removed.Status);
        Assert.DoesNotContain("taalmaatje", (await member.PageAsync(SocialMapWorld.Map(team))).Text);
    }

    [Fact]
    public async Task A_gap_with_a_BSN_is_not_saved_until_the_writer_confirms_it_is_not_identifying()
    {
        var org = await app.CreateOrganisationAsync();
        var team = await app.TeamIdAsync(org);
        var member = await app.LoginAsync(org.Member);
        const string text = "Gezien bij een jongen met BSN 111222333: geen plek voor nachtopvang";

        var refused = await member.NoteGapAsync(team, text);

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains(Leerruimte.Resources.Ui.Privacy_NotSaved, refused.Text);
        Assert.Equal(["111222333"], refused.All(".app-privacy mark"));
        Assert.Contains(text, refused.Document.QuerySelector("#gap-text")!.TextContent); // nothing typed is lost
        Assert.Equal(0, await GapsAsync(team));

        var key = refused.Document.QuerySelector($"input[name={PrivacyGuard.ConfirmField}]")!.GetAttribute("value")!;
        var saved = await member.NoteGapAsync(team, text, null, key);

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal(1, await GapsAsync(team));
        Assert.Equal(1, await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().GapConfirmations.IgnoreQueryFilters([TenantFilters.Name]).CountAsync(c => c.Key == key)));
    }

    [Fact]
    public async Task A_gap_cannot_be_given_to_someone_outside_the_team_and_the_form_comes_back_as_typed()
    {
        var org = await app.CreateOrganisationAsync();
        var team = await app.TeamIdAsync(org);
        var member = await app.LoginAsync(org.Member);

        var refused = await member.NoteGapAsync(team, "Geen vervoer naar de voedselbank", await app.PersonIdAsync(org.Loner));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("Die persoon zit niet in dit team.", refused.Text);
        Assert.Contains("Geen vervoer naar de voedselbank", refused.Document.QuerySelector("#gap-text")!.TextContent);
        Assert.Equal(0, await GapsAsync(team));
    }

    [Fact]
    public async Task A_partner_without_a_name_or_with_a_name_too_long_gets_a_dutch_message_and_keeps_what_was_typed()
    {
        var org = await app.CreateOrganisationAsync();
        var team = await app.TeamIdAsync(org);
        var member = await app.LoginAsync(org.Member);
        var map = await member.PageAsync(SocialMapWorld.Map(team));

        var empty = await map.SubmitAsync(member, "new-partner", SocialMapWorld.Partner(name: ""));
        var tooLong = await map.SubmitAsync(member, "new-partner", SocialMapWorld.Partner(name: new string('x', 201)));

        Assert.Equal(HttpStatusCode.OK, empty.Status);
        Assert.Contains("Vul de naam van de organisatie in.", empty.Text);
        Assert.Contains("Hulp bij schulden en budgetbeheer", empty.Document.QuerySelector("#partner-offer")!.TextContent);
        Assert.Contains("Deze tekst is te lang.", tooLong.Text);
        Assert.Equal(0, await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().Partners.IgnoreQueryFilters([TenantFilters.Name]).CountAsync(p => p.TeamId == team)));
    }

    [Fact]
    public async Task A_team_keeps_at_most_five_hundred_partners_and_says_so_when_full()
    {
        var org = await app.CreateOrganisationAsync();
        var team = await app.TeamIdAsync(org);
        await app.InScopeAsync(async sp =>
        {
            sp.GetRequiredService<Leerruimte.Tenancy.TenantContext>().Enter(org.Id);
            var db = sp.GetRequiredService<LeerruimteDb>();
            db.Partners.AddRange(Enumerable.Range(0, Leerruimte.Features.SocialMap.Partner.MaxPerTeam).Select(i =>
                new Leerruimte.Features.SocialMap.Partner { TeamId = team, Name = $"Partner {i}", Offer = "Iets", ContactRole = "coach" }));
            await db.SaveChangesAsync();
        });
        var member = await app.LoginAsync(org.Member);

        var full = await (await member.PageAsync(SocialMapWorld.Map(team))).SubmitAsync(member, "new-partner", SocialMapWorld.Partner());

        Assert.Equal(HttpStatusCode.OK, full.Status);
        Assert.Contains("Er staan al 500 partners op de kaart, het maximum.", full.Text);
        Assert.Equal(500, await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().Partners.IgnoreQueryFilters([TenantFilters.Name]).CountAsync(p => p.TeamId == team)));
    }

    private Task<int> GapsAsync(Guid team) =>
        app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().MapGaps.IgnoreQueryFilters([TenantFilters.Name]).CountAsync(g => g.TeamId == team));
}

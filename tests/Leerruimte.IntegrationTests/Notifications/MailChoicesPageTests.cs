using Leerruimte.Data;
using Leerruimte.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Notifications;

public sealed class MailChoicesPageTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    private static Dictionary<string, string> All(string value) =>
        MailChoices.Fields.Values.ToDictionary(field => field, _ => value);

    private static Dictionary<string, string> Checked(HtmlPage page) =>
        page.Document.QuerySelectorAll("input[type=radio][checked]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value")!);

    private Task<List<MailPreference>> StoredAsync(string email) =>
        app.InScopeAsync(async sp =>
        {
            var id = await app.PersonIdAsync(email);
            return await sp.GetRequiredService<LeerruimteDb>().MailPreferences.IgnoreQueryFilters([TenantFilters.Name]).Where(p => p.PersonId == id).ToListAsync();
        });

    [Fact]
    public async Task Until_someone_chooses_every_kind_comes_by_mail_at_once_and_each_kind_is_a_group_with_a_legend()
    {
        var org = await app.CreateOrganisationAsync();

        var page = await (await app.LoginAsync(org.Member)).PageAsync("/mijn-e-mail");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(All("meteen"), Checked(page));
        Assert.Equal(["Uitnodigingen", "Herinneringen", "Gedeeld met jou", "Meldingen"], page.All("fieldset legend"));
        Assert.All(page.Document.QuerySelectorAll("fieldset"), f => Assert.Equal(3, f.QuerySelectorAll("input[type=radio]").Length));
        Assert.Contains("agendabestand krijg je altijd meteen", page.Text);
        Assert.NotNull(page.Document.QuerySelector("header a[href='/mijn-e-mail']"));
    }

    [Fact]
    public async Task A_person_saves_a_choice_per_kind_and_finds_it_again()
    {
        var org = await app.CreateOrganisationAsync();

        var saved = await app.ChooseAsync(org.Member, ("herinneringen", "verzamelmail"), ("gedeeld", "startpagina"));
        var again = await (await app.LoginAsync(org.Member)).PageAsync("/mijn-e-mail");

        Assert.Contains("Je keuzes zijn opgeslagen.", saved.Text);
        var expected = new Dictionary<string, string> { ["uitnodigingen"] = "meteen", ["herinneringen"] = "verzamelmail", ["gedeeld"] = "startpagina", ["meldingen"] = "meteen" };
        Assert.Equal(expected, Checked(again));
        Assert.Equal(4, (await StoredAsync(org.Member)).Count);
    }

    [Theory]
    [InlineData("herinneringen", "morgen")]
    [InlineData("herinneringen", "")]
    [InlineData("herinneringen", "Digest")]
    [InlineData("herinneringen", "1")]
    [InlineData("gedeeld", null)]
    public async Task A_value_that_is_not_one_of_the_choices_gets_a_Dutch_message_and_changes_nothing(string field, string? value)
    {
        var org = await app.CreateOrganisationAsync();
        await app.ChooseAsync(org.Member, ("meldingen", "verzamelmail"));
        var member = await app.LoginAsync(org.Member);
        var form = All("startpagina");
        if (value is null) form.Remove(field); else form[field] = value;

        var result = await (await member.PageAsync("/mijn-e-mail")).SubmitAsync(member, "mail-choices", form);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("Kies bij elke soort bericht een van de drie mogelijkheden. Er is niets veranderd.", result.Text);
        Assert.Equal("verzamelmail", Checked(result)["meldingen"]);
        Assert.DoesNotContain(await StoredAsync(org.Member), p => p.Choice == MailChoice.StartPageOnly);
    }

    [Fact]
    public async Task A_choice_posted_twice_for_one_kind_is_refused()
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);
        var form = All("meteen").Append(KeyValuePair.Create("gedeeld", "verzamelmail"));

        var result = await (await member.PageAsync("/mijn-e-mail")).SubmitAsync(member, "mail-choices", form);

        Assert.Contains("Er is niets veranderd.", result.Text);
        Assert.Empty(await StoredAsync(org.Member));
    }

    [Fact]
    public async Task A_person_sets_only_their_own_choices_whatever_the_form_says()
    {
        var org = await app.CreateOrganisationAsync();
        var leader = await app.PersonIdAsync(org.Leader);
        var member = await app.LoginAsync(org.Member);
        var form = All("startpagina");
        form["PersonId"] = leader.ToString();
        form["persoon"] = leader.ToString();

        var result = await (await member.PageAsync("/mijn-e-mail")).SubmitAsync(member, "mail-choices", form);

        Assert.Contains("Je keuzes zijn opgeslagen.", result.Text);
        Assert.Equal(4, (await StoredAsync(org.Member)).Count(p => p.Choice == MailChoice.StartPageOnly));
        Assert.Empty(await StoredAsync(org.Leader));
        Assert.Equal(All("meteen"), Checked(await (await app.LoginAsync(org.Leader)).PageAsync("/mijn-e-mail")));
    }

    [Fact]
    public async Task Someone_not_signed_in_is_sent_to_the_login_page()
    {
        var response = await app.Browser().GetAsync("/mijn-e-mail");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/inloggen", response.Headers.Location!.ToString());
    }
}

using Leerruimte.Features.Demo;
using Leerruimte.Features.Teams;
using Leerruimte.Infrastructure.Mail;
using Leerruimte.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Infrastructure;

/// <summary>
/// An organisation made for one test, with a person for every role; names are unique per test run. The trainer is the
/// organisation's, in no team (ADR 0013); the colleague is a second plain member of the team.
/// </summary>
public sealed record TestOrganisation(Guid Id, string Name, string Team, string OtherTeam, string Admin, string Leader, string Facilitator, string Trainer, string Member, string Loner, string Colleague)
{
    public IEnumerable<string> Everyone => [Admin, Leader, Facilitator, Trainer, Member, Loner, Colleague];
}

public static class World
{
    public const string Password = DemoData.Password;

    public static async Task<TestOrganisation> CreateOrganisationAsync(this LeerruimteApp app, string? label = null)
    {
        var key = Guid.NewGuid().ToString("N")[..10];
        string Mail(string who) => $"{who}-{key}@test.example";
        var name = $"{label ?? "Organisatie"} {key}";
        var team = $"Team {key}";
        var other = $"Ander team {key}";
        var demo = new DemoData.DemoOrganisation(name, [team, other],
        [
            new("Beheerder " + key, Mail("admin"), IsAdmin: true),
            new("Leidinggevende " + key, Mail("leader"), false, (team, TeamRole.TeamLeader)),
            new("Procesbegeleider " + key, Mail("facilitator"), false, (team, TeamRole.Facilitator), (team, TeamRole.Member)),
            new("Trainer " + key, Mail("trainer"), false) { IsTrainer = true },
            new("Teamlid " + key, Mail("member"), false, (team, TeamRole.Member), (other, TeamRole.Member)),
            new("Zonder team " + key, Mail("loner"), false),
            new("Collega " + key, Mail("colleague"), false, (team, TeamRole.Member)),
        ]);
        var id = await DemoSeeder.SeedAsync(app.Services, demo);
        return new TestOrganisation(id, name, team, other, Mail("admin"), Mail("leader"), Mail("facilitator"), Mail("trainer"), Mail("member"), Mail("loner"), Mail("colleague"));
    }

    public static async Task<HttpClient> LoginAsync(this LeerruimteApp app, string email, string password = Password)
    {
        var client = app.Browser();
        var page = await HtmlPage.GetAsync(client, "/inloggen");
        var result = await page.SubmitAsync(client, "login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
        if ((int)result.Status != 302) throw new InvalidOperationException($"Login as {email} failed: {result.Status} {result.Text}");
        return client;
    }

    /// <summary>The organisation's admin blocks this person on their page, as in the app.</summary>
    public static async Task BlockAsync(this LeerruimteApp app, TestOrganisation organisation, string email)
    {
        var admin = await app.LoginAsync(organisation.Admin);
        await (await admin.PageAsync($"/beheer/mensen/{await app.PersonIdAsync(email)}"))
            .SubmitAsync(admin, "person-actions", new Dictionary<string, string>(), ("Action", "block"));
    }

    public static Task<HtmlPage> PageAsync(this HttpClient client, string url) => HtmlPage.GetAsync(client, url);

    public static Task<Guid> TeamIdAsync(this LeerruimteApp app, TestOrganisation organisation, string? team = null) =>
        app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().Teams.IgnoreQueryFilters([TenantFilters.Name])
            .Where(t => t.OrganisationId == organisation.Id && t.Name == (team ?? organisation.Team)).Select(t => t.Id).SingleAsync());

    public static Task<Guid> PersonIdAsync(this LeerruimteApp app, string email) =>
        app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().Users.IgnoreQueryFilters([TenantFilters.Name])
            .Where(p => p.Email == email).Select(p => p.Id).SingleAsync());

    public static Task<List<OutboxMessage>> MailsToAsync(this LeerruimteApp app, string email) =>
        app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().OutboxMessages.IgnoreQueryFilters([TenantFilters.Name])
            .Where(m => m.To == email).OrderBy(m => m.CreatedAt).ToListAsync());
}

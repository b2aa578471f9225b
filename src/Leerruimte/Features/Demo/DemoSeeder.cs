using Leerruimte.Authorization;
using Leerruimte.Data;
using Leerruimte.Features.Organisations;
using Leerruimte.Features.People;
using Leerruimte.Features.Teams;
using Leerruimte.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Demo;

/// <summary>Creates the demo organisations when "Demo:Enabled" is true; leaves existing ones alone.</summary>
public static class DemoSeeder
{
    public static WebApplicationBuilder AddDemo(this WebApplicationBuilder builder) => builder;

    public static async Task SeedDemoAsync(this WebApplication app)
    {
        await EnsureRolesAsync(app.Services);
        if (!app.Configuration.GetValue<bool>("Demo:Enabled")) return;
        foreach (var organisation in DemoData.All)
        {
            if (await SeedOrganisationAsync(app.Services, organisation) is not { Created: true } seeded) continue;
            await using var scope = app.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Enter(seeded.Id);
            await DemoActivity.SeedAsync(scope.ServiceProvider, organisation.Teams[0], organisation.People.First(p => p.Teams.Any(t => t.Role == TeamRole.Facilitator)).Email);
            if (!organisation.Teams.Contains(DemoTeamGoals.Team)) continue;
            await DemoTeamGoals.SeedAsync(scope.ServiceProvider);
            await DemoConsultations.SeedAsync(scope.ServiceProvider);
            await DemoTeamMaps.SeedAsync(scope.ServiceProvider);
            await DemoTeamSessions.SeedAsync(scope.ServiceProvider);
            await DemoCohort.SeedAsync(scope.ServiceProvider);
            await DemoHistory.SeedAsync(scope.ServiceProvider, [(DemoTeamGoals.Team, "procesbegeleider@lindenhaven.example", false), ("Wijkteam Zuid", "lotte@lindenhaven.example", true)],
                new HashSet<string> { "aylin@lindenhaven.example" });
        }
    }

    private static async Task EnsureRolesAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole<Guid>(role));
    }

    private sealed record Seeded(Guid Id, bool Created);

    public static async Task<Guid> SeedAsync(IServiceProvider services, DemoData.DemoOrganisation demo) =>
        (await SeedOrganisationAsync(services, demo)).Id;

    private static async Task<Seeded> SeedOrganisationAsync(IServiceProvider services, DemoData.DemoOrganisation demo)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<LeerruimteDb>();
        var existing = await db.Organisations.IgnoreQueryFilters([TenantFilters.Name]).FirstOrDefaultAsync(o => o.Name == demo.Name);
        if (existing is not null) return new Seeded(existing.Id, false);

        var organisation = new Organisation { Name = demo.Name };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        sp.GetRequiredService<TenantContext>().Enter(organisation.Id);

        var teams = demo.Teams.Select(name => new Team { Name = name }).ToDictionary(t => t.Name);
        db.Teams.AddRange(teams.Values);
        await db.SaveChangesAsync();

        var users = sp.GetRequiredService<UserManager<Person>>();
        foreach (var p in demo.People)
        {
            var person = new Person { OrganisationId = organisation.Id, DisplayName = p.Name, Email = p.Email, UserName = p.Email, EmailConfirmed = true };
            var created = await users.CreateAsync(person, DemoData.Password);
            if (!created.Succeeded) throw new InvalidOperationException($"Demo person {p.Email}: {string.Join(" ", created.Errors.Select(e => e.Description))}");
            if (p.IsAdmin) await users.AddToRoleAsync(person, Roles.Admin);
            if (p.IsTrainer) await users.AddToRoleAsync(person, Roles.Trainer);
            foreach (var (team, role) in p.Teams)
                db.TeamMemberships.Add(new TeamMembership { TeamId = teams[team].Id, PersonId = person.Id, Role = role });
        }
        await db.SaveChangesAsync();
        return new Seeded(organisation.Id, true);
    }
}

using Leerruimte.Data;
using Leerruimte.Features.Cohorts;
using Leerruimte.Infrastructure;
using Leerruimte.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Cohorts;

public static class CohortWorld
{
    public const string Programme = "het-gesprek";

    /// <summary>The four module sessions a week apart from <paramref name="first"/>, at 09:00 Dutch time, as the planning form takes them.</summary>
    public static Dictionary<string, string> Form(string title, DateOnly first, Guid? trainer = null, bool namesObservers = false) =>
        new Dictionary<string, string>
        {
            ["Input.Title"] = title, ["Input.ProgrammeId"] = Programme, ["Input.TrainerId"] = trainer?.ToString() ?? "",
            ["Input.NamesObservers"] = namesObservers ? "true" : "false",
        }
        .Concat(Enumerable.Range(0, 4).SelectMany(i => new Dictionary<string, string>
        {
            [$"Input.Sessions[{i}].Module"] = $"{i + 1}", [$"Input.Sessions[{i}].Date"] = first.AddDays(7 * i).ToString("yyyy-MM-dd"),
            [$"Input.Sessions[{i}].Time"] = "09:00", [$"Input.Sessions[{i}].Place"] = $"Zaal {i + 1}",
        }))
        .ToDictionary();

    public static DateOnly WeekAfter(LeerruimteApp app) => DateOnly.FromDateTime(DutchTime.ToLocal(app.UtcNow)).AddDays(7);

    /// <summary>Posts the planning form as <paramref name="planner"/> with these participants; returns the result page.</summary>
    public static async Task<HtmlPage> PostPlanAsync(this LeerruimteApp app, HttpClient planner, Dictionary<string, string> form, IEnumerable<string> participants)
    {
        var page = await planner.PageAsync(CohortLinks.New);
        var ids = new List<KeyValuePair<string, string>>();
        foreach (var p in participants) ids.Add(KeyValuePair.Create("participant", (await app.PersonIdAsync(p)).ToString()));
        return await page.SubmitAsync(planner, "plan-cohort", form.Concat(ids));
    }

    /// <summary>The organisation's trainer plans a cohort of member, colleague and facilitator starting next week; returns its id.</summary>
    public static async Task<Guid> PlanCohortAsync(this LeerruimteApp app, TestOrganisation org, params string[] participants)
    {
        var trainer = await app.LoginAsync(org.Trainer);
        var result = await app.PostPlanAsync(trainer, Form("Het Gesprek, voorjaar", WeekAfter(app)),
            participants.Length > 0 ? participants : [org.Member, org.Colleague, org.Facilitator]);
        if (result.Status != HttpStatusCode.Redirect) throw new InvalidOperationException(result.Text);
        return Guid.Parse(result.Response.Headers.Location!.OriginalString.Split('/').Last());
    }

    /// <summary>A new member of one team only (by its name), with the test password; returns their e-mail address.</summary>
    public static async Task<string> AddMemberAsync(this LeerruimteApp app, TestOrganisation org, string team)
    {
        var email = $"lid-{Guid.NewGuid().ToString("N")[..10]}@test.example";
        var teamId = await app.TeamIdAsync(org, team);
        await app.InScopeAsync(async sp =>
        {
            sp.GetRequiredService<TenantContext>().Enter(org.Id);
            var result = await sp.GetRequiredService<Leerruimte.Features.People.CreatePerson>().HandleAsync(new() { Name = "Lid van " + team, Email = email, TeamId = teamId });
            if (result.Person is null) throw new InvalidOperationException(string.Join("; ", result.Errors));
            await sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Leerruimte.Features.People.Person>>().AddPasswordAsync(result.Person, World.Password);
        });
        return email;
    }

    public static Task<Cohort> CohortAsync(this LeerruimteApp app, Guid id) =>
        app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().Cohorts.IgnoreQueryFilters([TenantFilters.Name]).AsNoTracking()
            .Include(c => c.Participants).Include(c => c.Sessions).ThenInclude(s => s.Session!).ThenInclude(s => s.Participants)
            .AsSplitQuery().SingleAsync(c => c.Id == id));
}

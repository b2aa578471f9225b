using Leerruimte.Features.Sessions;
using Leerruimte.IntegrationTests.Cohorts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Leerruimte.IntegrationTests.AgendaSessions;
using Leerruimte.IntegrationTests.Cases;
using Leerruimte.IntegrationTests.Consultations;
using Leerruimte.IntegrationTests.Development;
using Leerruimte.IntegrationTests.Meetings;
using Leerruimte.IntegrationTests.SocialMap;
using Leerruimte.IntegrationTests.TeamGoals;

namespace Leerruimte.IntegrationTests.Routes;

/// <summary>Someone who walks the routes: nobody (anonymous), or one person of the walk's organisation.</summary>
public sealed record Walker(string Role, string? Email)
{
    public Task<HttpClient> ClientAsync(LeerruimteApp app) => Email is null ? Task.FromResult(app.Browser()) : app.LoginAsync(Email);

    public override string ToString() => Role;
}

/// <summary>
/// One organisation with something behind every kind of page: a running and a closed meeting (with an evaluation board), an action with
/// its experiment, a measurement, a plan and the learning log shared with the team leader, a reflection and an activity with
/// evidence, a case in the team's library, a running case consultation with a team action, a training cohort (its module 2 running, with a role play the member leads); and, per walker, the addresses the crawl found for each route.
/// </summary>
public sealed record WalkWorld(IReadOnlyList<AppRoute> Routes, IReadOnlyList<Walker> Walkers, IReadOnlyDictionary<Walker, Dictionary<AppRoute, List<string>>> Found)
{
    /// <summary>Existing addresses of this route: the walker's own first, then those others found.</summary>
    public List<string> AddressesOf(AppRoute route, Walker walker) =>
        Found[walker].GetValueOrDefault(route, []).Concat(Found.Values.SelectMany(f => f.GetValueOrDefault(route, []))).Distinct().ToList();

    public static async Task<WalkWorld> BuildAsync(LeerruimteApp app)
    {
        var org = await app.CreateOrganisationAsync("Wandeling");
        await app.PlanMeetingAsync(org, at: app.UtcNow.AddDays(14));
        await app.PlanMeetingAsync(org, at: app.UtcNow.AddDays(-1)); // its time has come without it running here: to type in from paper
        var running = await app.PlanMeetingAsync(org);
        await app.ConsoleAsync(org.Facilitator, (c, me) => c.StartAsync(running, me));
        var closed = await app.PlanMeetingAsync(org, at: app.UtcNow.AddDays(1));
        await app.ConsoleAsync(org.Facilitator, (c, me) => c.StartAsync(closed, me));
        await app.ConsoleAsync(org.Facilitator, (c, me) => c.AddStepAsync(closed, me, Leerruimte.Features.Evaluation.EvaluationBoard.Key));
        await app.ConsoleAsync(org.Facilitator, (c, me) => c.CloseAsync(closed, me));
        await MemberActivityAsync(app, org, closed);
        var (consultation, _) = await app.ConsultationOnACaseAsync(org, org.Facilitator);
        await app.ChairAsync(org.Facilitator, consultation, (c, s, me) => c.StartAsync(s, me));
        await app.ActionFromAsync(org.Facilitator, consultation, "Samen de post openen");
        await BoardSessionAsync(app, org);
        await AgendaSessionAsync(app, org);
        var goal = await (await app.LoginAsync(org.Member)).AddGoalAsync(await app.TeamIdAsync(org));
        await (await app.LoginAsync(org.Member)).RecordAsync(goal, app.Today(), "60");
        await TeamMapsAsync(app, org);
        await CohortAsync(app, org);
        await RolePlayAsync(app, org);

        Walker[] walkers = [new("anoniem", null), new("beheerder", org.Admin), new("leidinggevende", org.Leader),
            new("procesbegeleider", org.Facilitator), new("trainer", org.Trainer), new("teamlid", org.Member)];
        var routes = RouteTable.Of(app);
        var found = new Dictionary<Walker, Dictionary<AppRoute, List<string>>>();
        foreach (var walker in walkers) found[walker] = await RouteCrawl.CrawlAsync(await walker.ClientAsync(app), routes);
        // Addresses no page links to: the status pages are reached by re-execution, the short join link by QR code.
        string[] unlinked = ["/status/400", $"/m/{(await app.MeetingAsync(running)).Session!.JoinCode}"];
        foreach (var address in unlinked)
            foreach (var walker in walkers)
                found[walker].TryAdd(RouteCrawl.FindRoute(routes, address)!, [address]);
        return new WalkWorld(routes, walkers, found);
    }

    /// <summary>A cohort the team leader commissioned for the trainer, with the member in it: its pages, sessions, cases and the member's report with the trainer's comment.</summary>
    private static async Task CohortAsync(LeerruimteApp app, TestOrganisation org)
    {
        var leader = await app.LoginAsync(org.Leader);
        var form = Cohorts.CohortWorld.Form("Wandelgroep", Cohorts.CohortWorld.WeekAfter(app), await app.PersonIdAsync(org.Trainer));
        var planned = await Cohorts.CohortWorld.PostPlanAsync(app, leader, form, [org.Member]);
        Expect(planned, HttpStatusCode.Redirect, "cohort");
        var member = await app.LoginAsync(org.Member);
        var report = $"{planned.Response.Headers.Location!.OriginalString}/casussen/johan/verslag";
        var saved = await (await member.PageAsync(report)).SubmitAsync(member, "report", new Dictionary<string, string> { ["Input.Question"] = "Hulp in huis" });
        Expect(saved, HttpStatusCode.OK, "conversation report");
        // The trainer's comment, so the walk draws the report with one.
        var view = saved.Document.QuerySelectorAll("a").Select(a => a.GetAttribute("href") ?? "").First(h => h.StartsWith("/trainingen/verslagen/", StringComparison.Ordinal));
        var trainer = await app.LoginAsync(org.Trainer);
        Expect(await (await trainer.PageAsync(view)).SubmitAsync(trainer, "comment", new Dictionary<string, string> { ["Comment"] = "Goed doorgevraagd" }),
            HttpStatusCode.OK, "report comment");
        // The last module held and closed, so its agreement and follow-up pages are linked.
        var last = (await app.CohortAsync(Guid.Parse(planned.Response.Headers.Location!.OriginalString.Split('/').Last()))).Sessions.MaxBy(s => s.Module)!;
        await app.AsAsync(org.Trainer, (sp, me) => sp.GetRequiredService<SessionCommands>().StartAsync(last.SessionId, me));
        await app.AsAsync(org.Trainer, (sp, me) => sp.GetRequiredService<SessionCommands>().CloseAsync(last.SessionId, me));
    }

    private static async Task MemberActivityAsync(LeerruimteApp app, TestOrganisation org, Guid closedMeeting)
    {
        var member = await app.LoginAsync(org.Member);
        var leader = $"p:{await app.PersonIdAsync(org.Leader)}";
        var action = await (await member.PageAsync($"/bijeenkomsten/{closedMeeting}/mijn-actie")).SubmitAsync(member, "my-action",
            new Dictionary<string, string> { ["Input.Text"] = "Krachtvragen stellen", ["Input.Rating"] = "5", ["Input.ShareWithLeader"] = "True" });
        Expect(action, HttpStatusCode.OK, "action");

        var measurement = await member.StartMeasurementAsync();
        await member.FillAsync(measurement, _ => 3);
        var id = MeterWorld.IdOf(measurement);
        await (await member.PageAsync(measurement)).SubmitAsync(member, $"share-{id:N}", new Dictionary<string, string> { ["ShareWith"] = leader });

        var point = await (await member.PageAsync("/ontwikkelplan/nieuw")).SubmitAsync(member, "point", new Dictionary<string, string>
        {
            ["Input.Title"] = "Vaker doorvragen", ["Input.Goal"] = "", ["Input.Motivation"] = "", ["Input.Needs"] = "", ["Input.FirstStep"] = "", ["Input.TargetDate"] = "",
        });
        Expect(point, HttpStatusCode.Redirect, "development point");
        await (await member.PageAsync("/ontwikkelplan")).SubmitAsync(member, $"share-{Guid.Empty:N}", new Dictionary<string, string> { ["ShareWith"] = leader });

        var reflection = await (await member.PageAsync("/leerlogboek/reflecties/nieuw")).SubmitAsync(member, "reflection", new Dictionary<string, string>
        {
            ["Input.Date"] = "2026-11-20", ["Input.Situation"] = "Een boze vader aan de balie", ["Input.DevelopmentPointId"] = "", ["Input.ActionId"] = "",
        });
        Expect(reflection, HttpStatusCode.Redirect, "reflection");

        var form = (await member.PageAsync("/leerlogboek/activiteiten/nieuw")).Form("activity");
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in RouteCrawl.FieldsOf(form).Where(f => f.Key.StartsWith('_')))
            content.Add(new StringContent(value), name);
        foreach (var (name, value) in new Dictionary<string, string>
                 { ["Input.Title"] = "Intervisie", ["Input.Date"] = "2026-10-05", ["Input.Minutes"] = "90", ["Input.Category"] = "Social", ["Input.Kind"] = "Intervision", ["Input.Notes"] = "" })
            content.Add(new StringContent(value), name);
        content.Add(new ByteArrayContent("%PDF-1.4 intervisie"u8.ToArray()), "evidence", "certificaat.pdf");
        Expect(await HtmlPage.FromAsync(await member.PostAsync("/leerlogboek/activiteiten/nieuw", content), "/leerlogboek/activiteiten/nieuw"),
            HttpStatusCode.Redirect, "activity");
        await (await member.PageAsync("/leerlogboek")).SubmitAsync(member, $"share-{Guid.Empty:N}", new Dictionary<string, string> { ["ShareWith"] = leader });
        await member.NewCaseAsync(await app.TeamIdAsync(org), "Vader wil geen hulp bij de schulden", tags: "schulden");
    }

    /// <summary>A board session the facilitator started, through the team's page as the app does it.</summary>
    private static async Task BoardSessionAsync(LeerruimteApp app, TestOrganisation org)
    {
        var client = await app.LoginAsync(org.Facilitator);
        var start = MeetingWorld.DutchTimeOf(app.UtcNow);
        var planned = await (await client.PageAsync($"/teams/{await app.TeamIdAsync(org)}/bordsessies")).SubmitAsync(client, "plan-board", new Dictionary<string, string>
        {
            ["Input.Date"] = start.ToString("yyyy-MM-dd"), ["Input.Time"] = start.ToString("HH:mm"), ["Input.Place"] = "",
            [Leerruimte.Features.Meetings.InviteeChoice.FieldName] = (await app.PersonIdAsync(org.Member)).ToString(),
        });
        Expect(planned, HttpStatusCode.Redirect, "board session");
        var board = Guid.Parse(planned.Response.Headers.Location!.OriginalString.Split('/')[^2]);
        var session = await app.InScopeAsync(sp => sp.GetRequiredService<Leerruimte.Data.LeerruimteDb>().BoardSessions
            .IgnoreQueryFilters().Where(b => b.Id == board).Select(b => b.SessionId).SingleAsync());
        await app.AsAsync(org.Facilitator, (sp, me) => sp.GetRequiredService<Leerruimte.Features.Sessions.SessionCommands>().StartAsync(session, me));
    }

    /// <summary>A team session of two work forms the facilitator composed and started.</summary>
    private static async Task AgendaSessionAsync(LeerruimteApp app, TestOrganisation org)
    {
        var client = await app.LoginAsync(org.Facilitator);
        var agenda = await (await app.ComposeAsync(client, org, "mindmap", "pdca")).PlanAsync(client);
        await app.ChairAgendaAsync(org.Facilitator, agenda, (c, s, me) => c.StartAsync(s, me));
    }

    /// <summary>A partner and a gap on the social map, and a topic for this month.</summary>
    private static async Task TeamMapsAsync(LeerruimteApp app, TestOrganisation org)
    {
        var member = await app.LoginAsync(org.Member);
        var team = await app.TeamIdAsync(org);
        await member.AddPartnerAsync(team);
        await member.AddGapAsync(team);
        var topics = await member.PageAsync($"/teams/{team}/thema");
        var topic = await topics.SubmitAsync(member, "new-topic", new Dictionary<string, string>
        {
            ["Input.Month"] = topics.Document.QuerySelector("#topic-month")!.GetAttribute("value")!, ["Input.Title"] = "Eigen kracht", ["Input.Text"] = "", ["Input.Link"] = "",
        });
        Expect(topic, HttpStatusCode.Redirect, "topic of the month");
    }

    private static void Expect(HtmlPage page, HttpStatusCode status, string what)
    {
        if (page.Status != status) throw new InvalidOperationException($"Walk world: {what} gave {(int)page.Status}: {page.Text[..Math.Min(500, page.Text.Length)]}");
    }

    /// <summary>Module 2 of the walk's cohort runs with a subtitled role play the member leads: their feedback and their own view.</summary>
    private static async Task RolePlayAsync(LeerruimteApp app, TestOrganisation org)
    {
        var cohortId = await app.InScopeAsync(sp => sp.GetRequiredService<Leerruimte.Data.LeerruimteDb>().Cohorts.IgnoreQueryFilters([Leerruimte.Data.TenantFilters.Name])
            .Where(c => c.OrganisationId == org.Id && c.Title == "Wandelgroep").Select(c => c.Id).SingleAsync());
        var session = (await Cohorts.CohortWorld.CohortAsync(app, cohortId)).Sessions.Single(s => s.Module == 2);
        var member = await app.PersonIdAsync(org.Member);
        await app.AsAsync(org.Trainer, (sp, me) => sp.GetRequiredService<Leerruimte.Features.Sessions.SessionCommands>().StartAsync(session.SessionId, me));
        await app.AsAsync(org.Trainer, (sp, me) => sp.GetRequiredService<Leerruimte.Features.Sessions.SessionRoom>().SetPresentAsync(session.SessionId, me, member, true));
        var set = await app.AsAsync(org.Trainer, (sp, me) => sp.GetRequiredService<Leerruimte.Features.RolePlays.RunRolePlay>()
            .SetUpAsync(session.Id, me, new("johan", Leerruimte.Features.RolePlays.RolePlayMode.Subtitling, [member], null, null, [])));
        if (set.Round is null) throw new InvalidOperationException(set.Error);
        await app.AsAsync(org.Trainer, (sp, me) => sp.GetRequiredService<Leerruimte.Features.RolePlays.RunRolePlay>().StartAsync(set.Round.Id, me));
    }
}

/// <summary>The app with its walk world, built once for all tests of a class.</summary>
public sealed class WalkApp : LeerruimteApp
{
    private Task<WalkWorld>? world;

    public Task<WalkWorld> WorldAsync() => world ??= WalkWorld.BuildAsync(this);
}

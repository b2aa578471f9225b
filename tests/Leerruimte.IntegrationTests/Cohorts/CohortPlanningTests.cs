using System.Text;
using System.Text.RegularExpressions;
using Leerruimte.Data;
using Leerruimte.Features.Cohorts;
using Leerruimte.Features.Scheduling;
using Leerruimte.IntegrationTests.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Cohorts;

/// <summary>W6: a trainer or the commissioning team leader starts a cohort; participants from several teams are invited to every module's session.</summary>
public sealed class CohortPlanningTests(FakeClockApp app) : IClassFixture<FakeClockApp>
{
    [Fact]
    public async Task A_trainer_outside_every_team_starts_a_cohort_from_two_teams_and_everyone_gets_all_four_sessions_in_one_calendar_file()
    {
        var org = await app.CreateOrganisationAsync();
        var otherTeamOnly = await app.AddMemberAsync(org, org.OtherTeam);
        var id = await app.PlanCohortAsync(org, org.Member, org.Colleague, otherTeamOnly);

        var cohort = await app.CohortAsync(id);
        var mail = Assert.Single(await app.MailsToAsync(otherTeamOnly), m => m.Subject.StartsWith("Uitnodiging", StringComparison.Ordinal));
        var ics = Encoding.UTF8.GetString(mail.AttachmentContent!);

        Assert.Equal(await app.PersonIdAsync(org.Trainer), cohort.TrainerId);
        Assert.Null(cohort.CommissionedById);
        Assert.False(cohort.NamesObservers); // the brief's default: observers are not named to the leader
        Assert.Equal([1, 2, 3, 4], cohort.Sessions.OrderBy(s => s.StartsAt).Select(s => s.Module));
        Assert.All(cohort.Sessions, s => Assert.Equal(CohortSession.Kind, s.Session!.OriginKind));
        Assert.All(cohort.Sessions, s => Assert.Equal(3, s.Session!.Participants.Count));
        Assert.Equal(4, Regex.Matches(ics, "BEGIN:VEVENT").Count);
        Assert.Contains("LOCATION:Zaal 4", ics);
        Assert.StartsWith("Uitnodiging: Het Gesprek, voorjaar", mail.Subject);
        Assert.Single(await app.MailsToAsync(org.Trainer));
        Assert.Empty(await app.MailsToAsync(org.Loner));
    }

    [Fact]
    public async Task A_team_leader_commissions_a_cohort_for_the_trainer_and_both_run_it()
    {
        var org = await app.CreateOrganisationAsync();
        var leader = await app.LoginAsync(org.Leader);
        var trainerId = await app.PersonIdAsync(org.Trainer);

        var result = await app.PostPlanAsync(leader, CohortWorld.Form("Gespreksvoering najaar", CohortWorld.WeekAfter(app), trainerId), [org.Member]);
        var url = result.Response.Headers.Location!.OriginalString;
        var cohort = await app.CohortAsync(Guid.Parse(url.Split('/').Last()));

        Assert.Equal(trainerId, cohort.TrainerId);
        Assert.Equal(await app.PersonIdAsync(org.Leader), cohort.CommissionedById);
        foreach (var who in new[] { org.Leader, org.Trainer, org.Member })
            Assert.Equal(HttpStatusCode.OK, (await (await app.LoginAsync(who)).PageAsync(url)).Status);
    }

    [Fact]
    public async Task Nobody_outside_the_cohort_learns_it_exists_not_a_colleague_not_an_admin_not_another_organisation()
    {
        var org = await app.CreateOrganisationAsync();
        var other = await app.CreateOrganisationAsync("Andere organisatie");
        var id = await app.PlanCohortAsync(org, org.Member);
        var cohort = await app.CohortAsync(id);
        var session = cohort.Sessions.First();

        foreach (var who in new[] { org.Colleague, org.Admin, org.Facilitator, org.Loner, other.Trainer, other.Admin })
        {
            var client = await app.LoginAsync(who);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PageAsync(CohortLinks.Page(id))).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PageAsync(CohortLinks.Session(session.Id))).Status);
            Assert.DoesNotContain("Het Gesprek, voorjaar", (await client.PageAsync(CohortLinks.List)).Text);
        }
    }

    [Fact]
    public async Task A_plain_member_cannot_start_a_cohort()
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);

        var page = await member.PageAsync(CohortLinks.New);

        Assert.Contains("Alleen een trainer of leidinggevende kan een trainingsgroep starten.", page.Text);
        Assert.False(page.HasForm("plan-cohort"));
    }

    [Fact]
    public async Task A_plan_without_participants_with_sessions_out_of_order_or_an_unknown_programme_is_refused_in_Dutch_and_nothing_is_saved()
    {
        var org = await app.CreateOrganisationAsync();
        var trainer = await app.LoginAsync(org.Trainer);
        var next = CohortWorld.WeekAfter(app);
        var swapped = CohortWorld.Form("Omgedraaid", next);
        (swapped["Input.Sessions[0].Date"], swapped["Input.Sessions[1].Date"]) = (swapped["Input.Sessions[1].Date"], swapped["Input.Sessions[0].Date"]);
        var unknown = CohortWorld.Form("Onbekend", next);
        unknown["Input.ProgrammeId"] = "bestaat-niet";
        var noDate = CohortWorld.Form("Zonder datum", next);
        noDate["Input.Sessions[2].Date"] = "";

        var none = await app.PostPlanAsync(trainer, CohortWorld.Form("Leeg", next), []);
        var order = await app.PostPlanAsync(trainer, swapped, [org.Member]);
        var programme = await app.PostPlanAsync(trainer, unknown, [org.Member]);
        var date = await app.PostPlanAsync(trainer, noDate, [org.Member]);
        var garbage = await app.PostPlanAsync(trainer, new Dictionary<string, string> { ["Input.Sessions[0].Date"] = "gisteren", ["Input.TrainerId"] = "x" }, [org.Member]);

        Assert.Contains("Kies minstens één deelnemer.", none.Text);
        Assert.Contains("Module 2 begint voordat de module ervoor is afgelopen.", order.Text);
        Assert.Contains("Dit trainingsprogramma bestaat niet (meer).", programme.Text);
        Assert.Contains("Geef module 3 een datum en een begintijd.", date.Text);
        Assert.All(new[] { none, order, programme, date, garbage }, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.Equal(0, await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().Cohorts.IgnoreQueryFilters([TenantFilters.Name]).CountAsync(c => c.OrganisationId == org.Id)));
    }

    [Fact]
    public async Task Two_days_before_each_session_at_eight_every_participant_is_reminded_of_the_preparation_and_the_homework_once()
    {
        var org = await app.CreateOrganisationAsync();
        var id = await app.PlanCohortAsync(org, org.Member, org.Colleague);
        var second = (await app.CohortAsync(id)).Sessions.Single(s => s.Module == 2);
        var due = HomeworkReminders.DueAt(second);

        app.Clock.SetUtcNow(new DateTimeOffset(due.AddMinutes(-1), TimeSpan.Zero));
        await RunDueAsync();
        var before = await HomeworkMailsAsync(org.Member, "module 2");
        app.Clock.SetUtcNow(new DateTimeOffset(due, TimeSpan.Zero));
        await RunDueAsync();
        await Mail.Eventually.Until(() => JobDoneAsync(second.Id), what: "the reminder ran"); // the background runner may have taken it
        await RunDueAsync();

        var reminder = Assert.Single(await HomeworkMailsAsync(org.Member, "module 2"));
        Assert.Empty(before);
        Assert.Single(await HomeworkMailsAsync(org.Colleague, "module 2"));
        Assert.Empty(await HomeworkMailsAsync(org.Trainer, "module 2"));
        Assert.Equal(8, Leerruimte.Infrastructure.DutchTime.ToLocal(due).Hour);
        Assert.Contains("Over twee dagen is Module 2", reminder.TextBody);
        Assert.Contains("https://leerruimte.test/trainingen/groepen/", reminder.TextBody);
    }

    private Task<bool> JobDoneAsync(Guid session) =>
        app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().ScheduledJobs.IgnoreQueryFilters([TenantFilters.Name])
            .AnyAsync(j => j.Kind == HomeworkReminders.Kind && j.SubjectId == session && j.CompletedAt != null));

    private Task<int> RunDueAsync() => app.Services.GetRequiredService<JobRunner>().RunDueAsync(CancellationToken.None);

    private async Task<List<Leerruimte.Infrastructure.Mail.OutboxMessage>> HomeworkMailsAsync(string email, string module) =>
        [.. (await app.MailsToAsync(email)).Where(m => m.Subject.StartsWith("Huiswerk voor", StringComparison.Ordinal) && m.Subject.Contains(module, StringComparison.OrdinalIgnoreCase))];
}

using Leerruimte.Data;
using Leerruimte.Features.Cohorts;
using Leerruimte.Features.Sessions;
using Leerruimte.IntegrationTests.Meetings;
using Leerruimte.IntegrationTests.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Cohorts;

/// <summary>A cohort's module session runs on the sessions kernel: the module's timed script, the trainer's console, the participants' phones.</summary>
public sealed class TrainingSessionTests(FakeClockApp app) : IClassFixture<FakeClockApp>
{
    private Task<SessionCommands.Result> AsTrainerAsync(TestOrganisation org, Func<SessionCommands, Guid, Task<SessionCommands.Result>> command) =>
        app.AsAsync(org.Trainer, (sp, me) => command(sp.GetRequiredService<SessionCommands>(), me));

    [Fact]
    public async Task The_session_of_a_module_runs_its_timed_script_and_its_minutes_add_up_to_the_module()
    {
        var org = await app.CreateOrganisationAsync();
        var session = (await app.CohortAsync(await app.PlanCohortAsync(org))).Sessions.Single(s => s.Module == 3);

        var script = await app.InScopeAsync(sp => sp.GetRequiredService<SessionScripts>().BaseAsync(CohortSession.Kind, session.Session!.ScriptRef));

        Assert.True(script.Steps.Count > 5);
        Assert.Equal(session.DurationMinutes, script.Minutes);
        Assert.InRange(script.Minutes, 225, 245);
    }

    [Fact]
    public async Task The_trainer_runs_the_session_a_participant_joins_by_code_and_is_present_and_only_the_trainer_opens_the_console()
    {
        var org = await app.CreateOrganisationAsync();
        var cohort = await app.CohortAsync(await app.PlanCohortAsync(org));
        var first = cohort.Sessions.Single(s => s.Module == 1);
        app.Clock.SetUtcNow(new DateTimeOffset(first.StartsAt.AddMinutes(-10), TimeSpan.Zero));
        var member = await app.LoginAsync(org.Member);

        var joined = await member.GetAsync($"/m/{await app.JoinCodeOfAsync(first.Id)}");
        var phone = await member.PageAsync(CohortLinks.Phone(first.Id));
        var started = await AsTrainerAsync(org, (c, me) => c.StartAsync(first.SessionId, me));
        var console = await (await app.LoginAsync(org.Trainer)).GetAsync(CohortLinks.Console(first.Id));
        var notHers = await member.GetAsync(CohortLinks.Console(first.Id));
        var outsider = await (await app.LoginAsync(org.Loner)).GetAsync(CohortLinks.Phone(first.Id));

        Assert.Equal(CohortLinks.Phone(first.Id), joined.Headers.Location!.OriginalString.Replace("http://localhost", ""));
        Assert.Equal(HttpStatusCode.OK, phone.Status);
        Assert.Null(started.Error);
        Assert.Equal(HttpStatusCode.OK, console.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, notHers.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, outsider.StatusCode);
        var present = await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().SessionParticipants.IgnoreQueryFilters([TenantFilters.Name])
            .Where(p => p.SessionId == first.SessionId && p.Present).CountAsync());
        Assert.Equal(1, present);
    }

    [Fact]
    public async Task After_the_session_the_trainer_sees_attendance_on_the_cohort_page_and_a_participant_sees_what_to_prepare_instead()
    {
        var org = await app.CreateOrganisationAsync();
        var cohort = await app.CohortAsync(await app.PlanCohortAsync(org));
        var first = cohort.Sessions.Single(s => s.Module == 1);
        app.Clock.SetUtcNow(new DateTimeOffset(first.StartsAt.AddMinutes(-5), TimeSpan.Zero));
        await (await app.LoginAsync(org.Member)).PageAsync(CohortLinks.Phone(first.Id));
        await AsTrainerAsync(org, (c, me) => c.StartAsync(first.SessionId, me));
        await AsTrainerAsync(org, (c, me) => c.CloseAsync(first.SessionId, me));

        var trainerView = await (await app.LoginAsync(org.Trainer)).PageAsync(CohortLinks.Page(cohort.Id));
        var sessionView = await (await app.LoginAsync(org.Trainer)).PageAsync(CohortLinks.Session(first.Id));
        var participantView = await (await app.LoginAsync(org.Colleague)).PageAsync(CohortLinks.Page(cohort.Id));

        Assert.Contains("1 van 3 aanwezig", trainerView.Text);
        Assert.NotNull(sessionView.Document.QuerySelector("table"));
        Assert.DoesNotContain("aanwezig", participantView.Text);
        Assert.Contains("Jouw competentiemeter", participantView.Text);
    }
}

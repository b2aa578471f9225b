using Leerruimte.Data;
using Leerruimte.Features.Cohorts;
using Leerruimte.Features.Demo;
using Leerruimte.Features.Sessions;
using Leerruimte.Infrastructure;
using Leerruimte.IntegrationTests.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Cohorts;

/// <summary>The demo's training cohort, as ./run.sh seeds it: module 1 held a week ago, module 2 the day after tomorrow.</summary>
public sealed class DemoCohortTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task The_trainer_sees_module_1_held_with_six_of_seven_and_the_before_average_and_a_participant_sees_what_to_prepare()
    {
        var cohort = await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().Cohorts.IgnoreQueryFilters([TenantFilters.Name])
            .Include(c => c.Sessions).ThenInclude(s => s.Session).AsNoTracking().SingleAsync(c => c.Title == DemoCohort.Title));
        var trainer = await (await app.LoginAsync(DemoCohort.Trainer)).PageAsync(CohortLinks.Page(cohort.Id));
        var participant = await (await app.LoginAsync(DemoCohort.Participants[0])).PageAsync(CohortLinks.Page(cohort.Id));
        var list = await (await app.LoginAsync(DemoCohort.Participants[0])).PageAsync(CohortLinks.List);

        var today = DutchTime.Today(app.Clock);
        Assert.Equal(DemoCohort.Days.Select(d => today.AddDays(d)), cohort.Sessions.OrderBy(s => s.Module).Select(s => DutchTime.DateOf(s.StartsAt)));
        Assert.Equal(SessionStatus.Closed, cohort.Sessions.Single(s => s.Module == 1).Session!.Status);
        Assert.Contains("6 van 7 aanwezig", trainer.Text);
        Assert.NotNull(trainer.Document.QuerySelector("#cohort-change-caption"));
        Assert.Contains("Jouw competentiemeter", participant.Text);
        Assert.Contains(DemoCohort.Title, list.Text);
    }

    [Fact]
    public async Task Module_1s_stages_are_released_and_the_player_of_johan_reads_the_actor_background_that_another_participant_does_not()
    {
        var cohort = await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().Cohorts.IgnoreQueryFilters([TenantFilters.Name])
            .Where(c => c.Title == DemoCohort.Title).Select(c => c.Id).SingleAsync());
        var url = $"{CohortLinks.Page(cohort)}/casussen";
        var player = await (await app.LoginAsync(DemoCohort.Participants[0])).PageAsync(url);
        var other = await (await app.LoginAsync(DemoCohort.Participants[2])).PageAsync(url);

        Assert.Equal(3, other.Document.QuerySelectorAll("[data-stage]").Length);
        Assert.Contains("Achtergrond voor wie de cliënt speelt", player.Text);
        Assert.DoesNotContain("Achtergrond voor wie de cliënt speelt", other.Text);
    }
}

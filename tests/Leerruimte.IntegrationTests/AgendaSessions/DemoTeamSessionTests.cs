using Leerruimte.Data;
using Leerruimte.Features.AgendaSessions;
using Leerruimte.Features.Demo;
using Leerruimte.Infrastructure;
using Leerruimte.IntegrationTests.Consultations;
using Leerruimte.IntegrationTests.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.AgendaSessions;

/// <summary>The demo's team session, as ./run.sh seeds it for Wijkteam Noord.</summary>
public sealed class DemoTeamSessionTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task The_team_has_a_session_of_three_work_forms_planned_the_day_after_tomorrow_that_a_member_finds_and_reads()
    {
        var team = await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().Teams.IgnoreQueryFilters([TenantFilters.Name])
            .Where(t => t.Name == DemoTeamGoals.Team).Select(t => t.Id).SingleAsync());
        var agenda = await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().AgendaSessions.IgnoreQueryFilters([TenantFilters.Name])
            .Include(a => a.Items).AsNoTracking().SingleAsync(a => a.TeamId == team));
        var member = await app.LoginAsync(DemoConsultations.Bringer);

        var list = await member.PageAsync($"/teams/{team}/teamsessies");
        var page = await member.PageAsync(AgendaSessionLinks.Page(agenda.Id));

        Assert.Equal((DemoTeamSessions.Title, AgendaSessionStatus.Planned), (agenda.Title, agenda.Status));
        Assert.Equal(DutchTime.Today(app.Clock).AddDays(2), DutchTime.DateOf(agenda.StartsAt));
        Assert.Equal(new TimeOnly(13, 30), TimeOnly.FromDateTime(DutchTime.ToLocal(agenda.StartsAt)));
        Assert.Equal(DemoTeamSessions.Agenda, agenda.Items.OrderBy(i => i.Position).Select(i => (i.WorkFormId, i.Minutes)));
        Assert.Contains(DemoTeamSessions.Title, list.Text);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Brainstorm", page.Text);
    }
}

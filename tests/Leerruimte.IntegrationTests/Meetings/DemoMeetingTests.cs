using Leerruimte.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Meetings;

/// <summary>The app with the demo data loaded, as ./run.sh starts it.</summary>
public sealed class DemoApp : LeerruimteApp
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Demo:Enabled"] = "true" };
}

public sealed class DemoMeetingTests(DemoApp app) : IClassFixture<DemoApp>
{
    private const string Leader = "leidinggevende@lindenhaven.example";

    [Fact]
    public async Task The_demo_does_not_invite_the_team_leader_to_the_teams_meetings_nor_let_her_read_their_board()
    {
        var leader = await app.PersonIdAsync(Leader);
        var meetings = await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().Meetings.IgnoreQueryFilters([TenantFilters.Name])
            .Include(m => m.Session!).ThenInclude(s => s.Participants).AsNoTracking().ToListAsync());
        var browser = await app.LoginAsync(Leader);
        await using var phone = await PhoneClient.ConnectAsync(app, Leader);

        Assert.NotEmpty(meetings);
        Assert.All(meetings, m => Assert.DoesNotContain(m.Session!.Participants, i => i.PersonId == leader));
        foreach (var meeting in meetings)
        {
            Assert.NotNull((await phone.JoinAsync(meeting.Id)).Error);
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/bijeenkomsten/{meeting.Id}/meedoen")).StatusCode);
        }
    }
}

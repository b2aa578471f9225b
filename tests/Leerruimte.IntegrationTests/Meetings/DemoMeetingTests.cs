using Leerruimte.Features.Demo;
using Leerruimte.Data;
using Leerruimte.Features.Meetings;
using Leerruimte.Features.Sessions;
using Leerruimte.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Leerruimte.IntegrationTests.Meetings;

/// <summary>The app with the demo data loaded, as ./run.sh starts it.</summary>
public sealed class DemoApp : LeerruimteApp
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Demo:Enabled"] = "true" };
}

/// <summary>The demo started at a chosen moment, on a clock that stands still.</summary>
public sealed class DemoAtApp : FakeClockApp
{
    private readonly DateTimeOffset now;

    public DemoAtApp(DateTimeOffset now) => this.now = now;

    protected override TimeProvider CreateClock() => new FakeTimeProvider(now);

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings) { ["Demo:Enabled"] = "true" };
}

public sealed class DemoStoryTests
{
    [Theory]
    [InlineData("2026-11-23T05:30:00Z")]  // Monday 06:30 in winter time
    [InlineData("2026-11-23T22:30:00Z")]  // Monday 23:30
    [InlineData("2027-04-05T04:30:00Z")]  // 06:30 summer time, the meeting three weeks ago in winter time
    [InlineData("2026-11-02T22:30:00Z")]  // 23:30 winter time, the meeting three weeks ago in summer time
    [InlineData("2027-03-28T07:00:00Z")]  // 09:00 on the Sunday summer time starts
    public async Task At_any_hour_the_demo_has_a_meeting_to_join_one_next_week_and_one_three_weeks_ago_whose_reminder_has_gone_out(string utc)
    {
        var now = DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture);
        var app = new DemoAtApp(now);
        try
        {
            _ = app.Server;
            var meetings = await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().Meetings.IgnoreQueryFilters([TenantFilters.Name])
                .Include(m => m.Session).AsNoTracking().OrderBy(m => m.StartsAt).ToListAsync());
            var nowUtc = now.UtcDateTime;

            await Mail.Eventually.Until(async () => await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().OutboxMessages
                .IgnoreQueryFilters([TenantFilters.Name]).AnyAsync(m => m.Subject.StartsWith("Drie weken later"))), what: "the demo's follow-up reminder");

            Assert.NotEmpty(meetings);
            foreach (var demo in meetings.GroupBy(m => m.OrganisationId).Select(g => g.ToList()))
            {
                // The dashboards' history (DemoHistory) lies six weeks and more back; the story's meeting is the one since.
                var past = Assert.Single(demo, m => m.Status == MeetingStatus.Closed && nowUtc - m.StartsAt < TimeSpan.FromDays(7 * DemoHistory.WeeksApart - 1));
                Assert.InRange(nowUtc - past.StartsAt, TimeSpan.FromDays(21), TimeSpan.FromDays(22));
                Assert.Equal(new TimeOnly(9, 0), TimeOnly.FromDateTime(DutchTime.ToLocal(past.StartsAt)));
                Assert.Contains(demo, m => m.Status == MeetingStatus.Planned && JoinCodes.IsOpen(m.Session!, m.StartsAt, nowUtc) && m.StartsAt > nowUtc);
                var later = Assert.Single(demo, m => m.StartsAt > nowUtc.AddDays(6));
                Assert.Equal(new TimeOnly(9, 0), TimeOnly.FromDateTime(DutchTime.ToLocal(later.StartsAt)));
            }
        }
        finally
        {
            await app.DisposeAsync();
            await app.Database.DisposeAsync();
        }
    }
}

public sealed class DemoMeetingTests(DemoApp app) : IClassFixture<DemoApp>
{
    private const string Leader = "leidinggevende@lindenhaven.example";

    [Fact]
    public async Task The_demo_member_has_three_measurements_with_a_trend_and_the_leader_sees_the_teams_averages()
    {
        const string member = "aylin@lindenhaven.example";
        var person = await app.PersonIdAsync(member);
        var latest = await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().Measurements.IgnoreQueryFilters([TenantFilters.Name])
            .Where(m => m.PersonId == person).OrderByDescending(m => m.CompletedAt).Select(m => m.Id).FirstAsync());

        var page = await (await app.LoginAsync(member)).PageAsync($"/meter/metingen/{latest}");
        var leader = await app.PersonIdAsync(Leader);
        // The leader leads two teams; the demo's measurements count in Wijkteam Noord.
        var team = await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().TeamMemberships.IgnoreQueryFilters([TenantFilters.Name])
            .Where(m => m.PersonId == leader && m.Team!.Name == "Wijkteam Noord").Select(m => m.TeamId).SingleAsync());
        var overview = await (await app.LoginAsync(Leader)).PageAsync($"/teams/{team}/ontwikkeling");

        Assert.Contains("Verloop over al je metingen", page.Text);
        var trend = page.Document.QuerySelector("section[aria-labelledby=trend]")!;
        Assert.Equal(1 + 3, trend.QuerySelectorAll("thead th[scope=col]").Length); // the cluster column and one per measurement
        Assert.Contains("Gemiddelde per cluster van 3 of meer teamleden", overview.Text);
    }

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

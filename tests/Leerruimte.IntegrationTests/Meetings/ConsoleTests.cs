using Leerruimte.Data;
using Leerruimte.Features.Meetings;
using Leerruimte.Features.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Meetings;

/// <summary>The facilitator's commands, run the way the console component runs them. The clock is a fake one.</summary>
public sealed class ConsoleTests(FakeClockApp app) : IClassFixture<FakeClockApp>
{
    [Fact]
    public async Task The_clock_counts_down_pauses_extends_and_moves_on()
    {
        var org = await app.CreateOrganisationAsync();
        var id = await app.PlanMeetingAsync(org);
        int Remaining(SessionCommands.Result r) => r.State!.Clock.SecondsLeft(app.UtcNow);

        var started = await app.ConsoleAsync(org.Facilitator, (c, me) => c.StartAsync(id, me));
        var atStart = Remaining(started);
        app.Clock.Advance(TimeSpan.FromMinutes(4));
        var paused = await app.ConsoleAsync(org.Facilitator, (c, me) => c.PauseAsync(id, me));
        app.Clock.Advance(TimeSpan.FromMinutes(30));
        var whilePaused = Remaining(paused);
        var extended = await app.ConsoleAsync(org.Facilitator, (c, me) => c.ExtendAsync(id, me, 5));
        var afterExtending = Remaining(extended);
        var resumed = await app.ConsoleAsync(org.Facilitator, (c, me) => c.ResumeAsync(id, me));
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var afterAMinute = Remaining(resumed);
        var next = await app.ConsoleAsync(org.Facilitator, (c, me) => c.GoToAsync(id, me, 1));

        Assert.Equal(10 * 60, atStart);         // the introduction takes 10 minutes
        Assert.Equal(6 * 60, whilePaused);      // 4 minutes ran, then time stood still
        Assert.Equal(11 * 60, afterExtending);  // +5 minutes
        Assert.Equal(10 * 60, afterAMinute);
        Assert.Equal(1, next.State!.StepIndex);
        Assert.Equal(20 * 60, Remaining(next));
        Assert.Equal("Opdracht 1: Neem een voorbeeld aan hen", next.State.StepTitle);
    }

    [Fact]
    public async Task The_chair_strategy_times_each_chair_for_two_minutes()
    {
        var org = await app.CreateOrganisationAsync();
        var id = await app.PlanMeetingAsync(org);
        await app.ConsoleAsync(org.Facilitator, (c, me) => c.StartAsync(id, me));
        await app.ConsoleAsync(org.Facilitator, (c, me) => c.GoToAsync(id, me, 4)); // "De drie stoelen"

        var dreamer = await app.ConsoleAsync(org.Facilitator, (c, me) => c.StartSubTimerAsync(id, me, 0));
        app.Clock.Advance(TimeSpan.FromSeconds(90));

        Assert.Equal("stoelenstrategie", dreamer.State!.StepKey);
        Assert.Contains("dromer", dreamer.State.SubTimerTitle, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(30, dreamer.State.SubTimer!.SecondsLeft(app.UtcNow));
    }

    [Fact]
    public async Task Groups_of_three_or_four_are_made_from_the_people_present_and_can_be_reshuffled()
    {
        var org = await app.CreateBigTeamAsync(present: 10);
        var id = org.Meeting;
        await app.ConsoleAsync(org.Facilitator, (c, me) => c.GoToAsync(id, me, 2));

        var first = await app.RoomAsync(org.Facilitator, id, (room, session, me) => room.FormGroupsAsync(session, me, new Random(1)));
        var sizes = await GroupSizesAsync(id);
        var again = await app.RoomAsync(org.Facilitator, id, (room, session, me) => room.FormGroupsAsync(session, me, new Random(2)));

        Assert.Null(first);
        Assert.Null(again);
        Assert.Equal([3, 3, 4], sizes.Order());
        Assert.Equal(10, (await GroupSizesAsync(id)).Sum());
    }

    [Fact]
    public async Task Only_the_facilitator_moves_the_agenda()
    {
        var org = await app.CreateOrganisationAsync();
        var id = await app.PlanMeetingAsync(org);

        var byMember = await app.ConsoleAsync(org.Member, (c, me) => c.StartAsync(id, me));
        var byAdmin = await app.ConsoleAsync(org.Admin, (c, me) => c.StartAsync(id, me));

        Assert.Equal("Alleen de procesbegeleider van deze bijeenkomst kan dit doen.", byMember.Error);
        Assert.NotNull(byAdmin.Error);
        Assert.Equal(MeetingStatus.Planned, (await app.MeetingAsync(id)).Status);
    }

    [Fact]
    public async Task A_meeting_closed_twice_says_so_the_second_time()
    {
        var org = await app.CreateOrganisationAsync();
        var id = await app.PlanMeetingAsync(org);
        await app.ConsoleAsync(org.Facilitator, (c, me) => c.StartAsync(id, me));

        var first = await app.ConsoleAsync(org.Facilitator, (c, me) => c.CloseAsync(id, me));
        var second = await app.ConsoleAsync(org.Facilitator, (c, me) => c.CloseAsync(id, me));

        Assert.Null(first.Error);
        Assert.Equal("Deze bijeenkomst is al afgesloten.", second.Error);
    }

    [Theory]
    [InlineData("console")]
    [InlineData("beamer")]
    public async Task The_console_and_beamer_are_for_the_facilitator_only(string screen)
    {
        var org = await app.CreateOrganisationAsync();
        var other = await app.CreateOrganisationAsync();
        var id = await app.PlanMeetingAsync(org);
        var url = $"/bijeenkomsten/{id}/{screen}";

        var facilitator = await (await app.LoginAsync(org.Facilitator)).GetAsync(url);
        var others = new[] { org.Member, org.Leader, org.Admin, org.Trainer, other.Facilitator };
        var refused = new List<HttpStatusCode>();
        foreach (var person in others) refused.Add((await (await app.LoginAsync(person)).GetAsync(url)).StatusCode);
        var unknown = await (await app.LoginAsync(org.Facilitator)).GetAsync($"/bijeenkomsten/{Guid.NewGuid()}/{screen}");
        var anonymous = await app.Browser().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, facilitator.StatusCode);
        Assert.All(refused, status => Assert.Equal(HttpStatusCode.NotFound, status));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/inloggen", anonymous.Headers.Location!.ToString());
    }

    private async Task<List<int>> GroupSizesAsync(Guid meeting)
    {
        var session = await app.SessionOfAsync(meeting);
        return await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().GroupMembers.IgnoreQueryFilters([TenantFilters.Name])
            .Where(g => g.SessionId == session).GroupBy(g => g.GroupNumber).Select(g => g.Count()).ToListAsync());
    }
}

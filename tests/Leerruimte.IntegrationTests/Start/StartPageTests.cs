using Leerruimte.IntegrationTests.Meetings;

namespace Leerruimte.IntegrationTests.Start;

/// <summary>
/// The start page puts the meeting of this moment first: people open the app in the room to join it, so the way in
/// must not sit at the bottom of a list of everything coming up.
/// </summary>
public sealed class StartPageTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    [Fact]
    public async Task A_running_meeting_comes_first_with_the_way_in_and_is_not_listed_again_below()
    {
        var (org, id) = await app.RunningMeetingAsync();
        var later = await app.PlanMeetingAsync(org, at: app.UtcNow.AddDays(14));

        var start = await (await app.LoginAsync(org.Member)).PageAsync("/");

        var first = start.Document.QuerySelector("main h1 ~ section")!;
        Assert.Equal("nu", first.GetAttribute("aria-labelledby"));
        Assert.Contains("Nu bezig", first.TextContent);
        Assert.NotNull(first.QuerySelector($"a[href='/bijeenkomsten/{id}/meedoen']"));
        Assert.Null(first.QuerySelector($"a[href='/bijeenkomsten/{later}']"));
        var upcoming = start.Document.QuerySelector("section[aria-labelledby=bijeenkomsten]")!;
        Assert.NotNull(upcoming.QuerySelector($"a[href='/bijeenkomsten/{later}']"));
        Assert.Null(upcoming.QuerySelector($"a[href='/bijeenkomsten/{id}']"));
        // The facilitator's way in is the console.
        var facilitator = await (await app.LoginAsync(org.Facilitator)).PageAsync("/");
        Assert.NotNull(facilitator.Document.QuerySelector($"section[aria-labelledby=nu] a[href='/bijeenkomsten/{id}/console']"));
    }

    [Fact]
    public async Task A_meeting_starting_within_the_hour_is_offered_first_as_starting_soon_and_one_next_week_is_not()
    {
        var org = await app.CreateOrganisationAsync();
        var soon = await app.PlanMeetingAsync(org, at: app.UtcNow.AddMinutes(40));
        var nextWeek = await app.PlanMeetingAsync(org, at: app.UtcNow.AddDays(7));

        var start = await (await app.LoginAsync(org.Member)).PageAsync("/");

        var now = start.Document.QuerySelector("section[aria-labelledby=nu]")!;
        Assert.Contains("Zo meteen", now.TextContent);
        Assert.Contains("Begint om", now.TextContent);
        Assert.NotNull(now.QuerySelector($"a[href='/bijeenkomsten/{soon}/meedoen']"));
        Assert.Null(now.QuerySelector($"a[href='/bijeenkomsten/{nextWeek}']"));
    }

    [Fact]
    public async Task Someone_not_in_the_meeting_gets_no_now_section_for_it()
    {
        var (org, id) = await app.RunningMeetingAsync();

        var leader = await (await app.LoginAsync(org.Leader)).PageAsync("/");

        Assert.Null(leader.Document.QuerySelector("section[aria-labelledby=nu]"));
        Assert.NotNull(leader.Document.QuerySelector($"a[href='/bijeenkomsten/{id}']")); // still listed for the team's leader
    }
}

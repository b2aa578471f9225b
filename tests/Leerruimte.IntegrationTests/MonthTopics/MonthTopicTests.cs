using Leerruimte.Infrastructure;
using Leerruimte.IntegrationTests.Meetings;

namespace Leerruimte.IntegrationTests.MonthTopics;

/// <summary>The topic of the month on a clock the test moves: the month is the Dutch one on the app's clock.</summary>
public sealed class MonthTopicTests(FakeClockApp app) : IClassFixture<FakeClockApp>
{
    private static string List(Guid team) => $"/teams/{team}/thema";

    private DateOnly ThisMonth => FirstOf(DutchTime.DateOf(app.UtcNow));

    private static DateOnly FirstOf(DateOnly date) => new(date.Year, date.Month, 1);

    [Fact]
    public async Task The_team_page_shows_the_topic_of_the_current_dutch_month_only_and_the_next_one_once_that_month_begins()
    {
        var org = await app.CreateOrganisationAsync();
        var team = await app.TeamIdAsync(org);
        var member = await app.LoginAsync(org.Member);
        var next = ThisMonth.AddMonths(1);
        await SetAsync(member, team, ThisMonth, "Eigen kracht van bewoners");
        await SetAsync(member, team, next, "Mantelzorgers in beeld");

        var now = await member.PageAsync($"/teams/{team}");

        Assert.Contains("Eigen kracht van bewoners", now.Document.QuerySelector(".app-month-topic")!.TextContent);
        Assert.DoesNotContain("Mantelzorgers in beeld", now.Text);

        // Ten minutes into the next month in the Netherlands: still the previous day in UTC.
        Assert.True(DutchTime.TryToUtc(next, new TimeOnly(0, 10), out var start));
        app.Clock.SetUtcNow(new DateTimeOffset(start, TimeSpan.Zero));
        var later = await (await app.LoginAsync(org.Member)).PageAsync($"/teams/{team}");

        Assert.Contains("Mantelzorgers in beeld", later.Document.QuerySelector(".app-month-topic")!.TextContent);
        Assert.DoesNotContain("Eigen kracht van bewoners", later.Text);
        var all = await (await app.LoginAsync(org.Member)).PageAsync(List(team));
        Assert.Equal(["Mantelzorgers in beeld", "Eigen kracht van bewoners"], all.All(".app-month-topic h2")); // past topics stay listed
    }

    [Fact]
    public async Task A_topic_links_a_module_and_lists_the_teams_meetings_of_its_month_only()
    {
        var org = await app.CreateOrganisationAsync();
        var team = await app.TeamIdAsync(org);
        var month = FirstOf(DutchTime.DateOf(app.UtcNow.AddDays(1)));
        var inMonth = await app.PlanMeetingAsync(org, at: app.UtcNow.AddDays(1));
        Assert.True(DutchTime.TryToUtc(month.AddMonths(1).AddDays(2), new TimeOnly(10, 0), out var nextMonth));
        var outside = await app.PlanMeetingAsync(org, at: nextMonth);
        var member = await app.LoginAsync(org.Member);

        var topic = await SetAsync(member, team, month, "Eigen kracht van bewoners", link: "module:ondernemend-professionele-ruimte");

        Assert.Contains("Het thema is opgeslagen.", topic.Text);
        Assert.Contains(topic.Document.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/modules/ondernemend-professionele-ruimte");
        Assert.Contains(topic.Document.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/bijeenkomsten/{inMonth}");
        Assert.DoesNotContain(topic.Document.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/bijeenkomsten/{outside}");
    }

    [Fact]
    public async Task A_month_that_has_a_topic_a_month_far_away_or_an_unknown_link_gets_a_dutch_message_and_the_form_as_typed()
    {
        var org = await app.CreateOrganisationAsync();
        var team = await app.TeamIdAsync(org);
        var member = await app.LoginAsync(org.Member);
        await SetAsync(member, team, ThisMonth, "Eigen kracht van bewoners");

        var taken = await SetAsync(member, team, ThisMonth, "Nog een thema");
        var far = await SetAsync(member, team, ThisMonth.AddYears(3), "Veel te ver weg");
        var unknown = await SetAsync(member, team, ThisMonth.AddMonths(1), "Met een verzonnen link", link: "module:bestaat-niet");
        var junk = await (await member.PageAsync(List(team))).SubmitAsync(member, "new-topic", Fields("99-99", "Rare maand"));

        Assert.Contains("is al een thema gekozen", taken.Text);
        Assert.Equal("Nog een thema", taken.Document.QuerySelector("#topic-title")!.GetAttribute("value"));
        Assert.Contains("Kies een maand van", far.Text);
        Assert.Contains("Kies een module of werkvorm uit de lijst.", unknown.Text);
        Assert.Equal(HttpStatusCode.OK, junk.Status);
        Assert.Equal("Rare maand", junk.Document.QuerySelector("#topic-title")!.GetAttribute("value"));
        Assert.Equal(["Eigen kracht van bewoners"], (await member.PageAsync(List(team))).All(".app-month-topic h2"));
    }

    private static Dictionary<string, string> Fields(string month, string title, string link = "") => new()
    {
        ["Input.Month"] = month, ["Input.Title"] = title, ["Input.Text"] = "", ["Input.Link"] = link,
    };

    /// <summary>Sets a topic on the team's topic page; a saved one is followed to its own page.</summary>
    private static async Task<HtmlPage> SetAsync(HttpClient client, Guid team, DateOnly month, string title, string link = "")
    {
        var result = await (await client.PageAsync(List(team))).SubmitAsync(client, "new-topic", Fields(month.ToString("yyyy-MM"), title, link));
        return result.Status == HttpStatusCode.Redirect ? await client.PageAsync(result.Response.Headers.Location!.OriginalString) : result;
    }
}

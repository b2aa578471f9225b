using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Leerruimte.BrowserTests.Development;

/// <summary>
/// A member gives the team leader the whole learning log from a phone; the leader hears of it on the start page and
/// reads it on a phone, read-only. And the development plan printed on A4.
/// </summary>
public sealed class SharingTheLogTests(BrowserSuite suite, ITestOutputHelper output) : BrowserTest(suite, output)
{
    private const string Member = "joost@lindenhaven.example";
    private const string MemberName = "Joost Visser";

    [Fact]
    public async Task A_member_shares_the_learning_log_with_the_team_leader_who_reads_it_on_a_phone()
    {
        var phone = await NewPageSignedInAsAsync(Member, Phone);
        var reflection = new NewReflectionPage(phone);
        await reflection.GotoAsync();
        await reflection.Date.FillAsync("2026-11-20");
        await reflection.Situation.FillAsync("Een huisbezoek waarin de zoon het woord deed");
        await reflection.Save.ClickAsync();
        await Expect(phone).ToHaveURLAsync(new Regex("/leerlogboek$"));

        var log = new LogPage(phone);
        await Expect(log.Share.People).ToBeVisibleAsync();
        await Expect(log.Share.With).ToHaveValueAsync(""); // nobody chosen beforehand
        await Expect(log.Share.WithEvidence).Not.ToBeCheckedAsync();
        await Expect(log.Share.TeamCount).ToHaveCountAsync(0); // a log never counts in a team overview
        await Expect(log.Share.With.Locator("option").Filter(new() { HasText = DemoAccounts.TeamLeaderName })).ToHaveTextAsync($"{DemoAccounts.TeamLeaderName} – leidinggevende / coördinator");
        await log.Share.ShareWithAsync(DemoAccounts.TeamLeaderName);
        await Accessibility.CheckAsync(log, "phone, log shared with the team leader");
        await ShouldFitAsync(log);
        await Screenshots.TakeAsync(log.Share.Root, "log-phone-share-panel");

        var leader = await NewPageSignedInAsAsync(DemoAccounts.TeamLeader, Phone);
        var start = new AppPage(leader, "/");
        await start.GotoAsync();
        await leader.Locator(".app-notification").GetByRole(AriaRole.Link, new() { Name = $"{MemberName} heeft iets met je gedeeld: Leerlogboek van {MemberName}." }).First.ClickAsync();
        await Expect(leader).ToHaveURLAsync(new Regex("/gedeeld/leerlogboek/[0-9a-f-]{36}$"));
        var shared = new SharedLogPage(leader, new Uri(leader.Url).AbsolutePath);
        await Expect(shared.Heading).ToHaveTextAsync($"Leerlogboek van {MemberName}");
        await Expect(leader.Locator("main")).ToContainTextAsync("Dit is met jou gedeeld: je kunt het lezen, niet veranderen.");
        await Expect(shared.HoursTable).ToBeVisibleAsync();
        await Expect(shared.Reflections.Filter(new() { HasText = "Een huisbezoek waarin de zoon het woord deed" })).ToHaveCountAsync(1);
        await Expect(leader.Locator("main form")).ToHaveCountAsync(0);
        await Accessibility.CheckAsync(shared, "team leader's phone, shared log");
        await ShouldFitAsync(shared);
        await Screenshots.TakeAsync(leader, "log-shared-with-leader-phone");

        Accessibility.ShouldHaveFoundNoSeriousViolations();
    }

    [Fact]
    public async Task The_development_plan_prints_from_its_page_on_A4()
    {
        var laptop = await NewPageSignedInAsAsync(Member);
        var point = new PointPage(laptop);
        await point.GotoAsync();
        await point.Title.FillAsync("In elk huisbezoek vraag ik wat de cliënt zelf al heeft geprobeerd");
        await point.TargetDate.FillAsync("2027-03-01");
        await point.Save.ClickAsync();
        await Expect(laptop).ToHaveURLAsync(new Regex("/ontwikkelplan/[0-9a-f-]{36}"));

        var plan = new PlanPage(laptop);
        await plan.GotoAsync();
        await plan.PrintLink.ClickAsync();
        var print = new PlanPrintPage(laptop);
        await Expect(laptop).ToHaveURLAsync(new Regex("/ontwikkelplan/afdrukken$"));
        await Expect(print.Heading).ToHaveTextAsync("Mijn ontwikkelplan");
        await Expect(print.Points.Filter(new() { HasText = "In elk huisbezoek vraag ik" })).ToContainTextAsync("1 maart 2027");
        await Expect(print.Toolbar.GetByRole(AriaRole.Button, new() { Name = "Afdrukken" })).ToBeVisibleAsync();
        await Accessibility.CheckAsync(print, "plan print view");
        await laptop.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(print.Toolbar).ToBeHiddenAsync();
        await Screenshots.TakeAsync(laptop, "plan-print");

        Accessibility.ShouldHaveFoundNoSeriousViolations();
    }

    private static async Task ShouldFitAsync(BasePage page)
    {
        var fit = await page.HorizontalFitAsync();
        Assert.True(fit.Fits, $"{page.Page.Url} scrolls sideways: {fit}");
    }
}

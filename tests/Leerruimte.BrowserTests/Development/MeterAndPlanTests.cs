using System.Text.RegularExpressions;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Leerruimte.BrowserTests.Development;

/// <summary>
/// W3 in a real browser: the competence meter before and after, the top lists with ties, a development point made
/// SMART, a STAR reflection and an intervision with evidence in the learning log, sharing with the team leader and
/// the print view. The member works on a phone; the results, plan and log are looked at on a laptop as well.
/// </summary>
public sealed class MeterAndPlanTests(BrowserSuite suite, ITestOutputHelper output) : BrowserTest(suite, output)
{
    private const string Instrument = "competentiemeter-het-gesprek";
    private const string SocialMap = "Ik ken de sociale kaart van mijn werkgebied en gebruik die tijdens het gesprek.";

    /// <summary>
    /// The pre-measurement: three 5s (places 1-3), then four 4s that share places 4-7 across the edge of the top five;
    /// one 1 (place 1), then five 2s that share places 2-6. Everything else 3.
    /// </summary>
    private static int PreScore(string statement) => statement switch
    {
        "technieken-aansluiten" or "taal-en-contact" or "nieuwsgierige-houding" => 5,
        "relatie-opbouwen" or "eigen-rol-bewust" or "kennis-levensgebieden" or "netwerk-in-beeld" => 4,
        "sociale-kaart" => 1,
        "deskundigheid-anderen" or "afstemmen-met-partners" or "interventies-eigen-kracht" or "eigen-oplossingen" or "zelf-stappen-zetten" => 2,
        _ => 3,
    };

    /// <summary>The post-measurement: one point higher everywhere, two on the social map.</summary>
    private static int PostScore(string statement) => statement == "sociale-kaart" ? 3 : Math.Min(5, PreScore(statement) + 1);

    private static DateTime DutchToday => TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Europe/Amsterdam").Date;

    [Fact]
    public async Task A_member_measures_before_and_after_plans_reflects_logs_shares_with_the_team_leader_and_prints()
    {
        var phone = await NewPageSignedInAsAsync(DemoAccounts.Member, Phone);
        var laptop = await NewPageSignedInAsAsync(DemoAccounts.Member);
        // A field named like a property of the form (id="action", id="target") hides that property from blazor.web.js,
        // which then posts to the wrong address or gives up enhancing the form; it says so on the console.
        var formWarnings = new List<string>();
        foreach (var p in new[] { phone, laptop })
            p.Console += (_, message) => { if (message.Text.Contains("form", StringComparison.OrdinalIgnoreCase) && message.Type is "warning" or "error") formWarnings.Add(message.Text); };

        // Pre-measurement, on the phone: the first cluster, then part of the second, saved for later.
        var home = new MeterHomePage(phone);
        await home.GotoAsync();
        await Accessibility.CheckAsync(home, "phone, no measurements yet");
        var pre = await home.StartAsync(Instrument, "Pre");
        await Expect(pre.Step).ToContainTextAsync("0 van 21 stellingen gescoord");
        await Expect(pre.Statements).ToHaveCountAsync(6);
        await Screenshots.TakeAsync(phone, "meter-phone-cluster-1");
        await Accessibility.CheckAsync(pre, "phone, first cluster");
        await ShouldFitAsync(pre);
        await ScoreOptionsShouldFitOneRowAsync(pre);
        Assert.Equal(6, await pre.ScoreClusterAsync(s => PreScore(s)));
        await pre.NextAsync();
        await Expect(pre.Step).ToContainTextAsync("6 van 21 stellingen gescoord");
        var second = await pre.StatementIdsAsync();
        Assert.Equal(5, second.Length);
        await pre.ScoreClusterAsync(s => Array.IndexOf(second, s) < 3 ? PreScore(s) : null);
        await pre.SaveForLaterAsync();
        await Expect(pre.Step).ToContainTextAsync("Deel 2 van 4 · 9 van 21 stellingen gescoord");
        await Accessibility.CheckAsync(pre, "phone, saved for later");

        // Coming back later: the list says it is in progress, and it opens where it was left.
        await home.GotoAsync();
        await Expect(home.Measurements.Filter(new() { HasText = "nog bezig" })).ToHaveCountAsync(1);
        await Accessibility.CheckAsync(home, "phone, one measurement in progress");
        pre = await home.OpenAsync(pre.Id);
        await Expect(pre.Step).ToHaveTextAsync(new Regex("^Deel 2 van 4 · 9 van 21 stellingen gescoord"));
        foreach (var statement in second.Take(3)) await Expect(pre.Radio(statement, PreScore(statement))).ToBeCheckedAsync();
        await Expect(pre.Statements.Nth(3).Locator("input:checked")).ToHaveCountAsync(0);
        // Back to the first cluster and on again: nothing is lost on the way.
        await pre.BackAsync();
        await Expect(pre.Radio("technieken-aansluiten", 5)).ToBeCheckedAsync();
        await pre.NextAsync();
        // One statement left open in the third part: finishing says so and goes back to it.
        await pre.ScoreClusterAsync(s => PreScore(s));
        await pre.NextAsync();
        await pre.ScoreClusterAsync(s => s == "sociale-kaart" ? null : PreScore(s));
        await pre.NextAsync();
        await pre.ScoreClusterAsync(s => PreScore(s));
        await pre.Finish.ClickAsync();
        await Expect(pre.Error).ToHaveTextAsync("Je scores zijn opgeslagen. Nog 1 stelling zonder score; vul die in om af te ronden.");
        await Expect(pre.Step).ToHaveTextAsync(new Regex("^Deel 3 van 4 · 20 van 21 stellingen gescoord"));
        var open = pre.Statements.Filter(new() { HasText = "Nog geen score" });
        await Expect(open).ToHaveCountAsync(1);
        await Expect(open.Locator("legend")).ToContainTextAsync(SocialMap);
        await Accessibility.CheckAsync(pre, "phone, finished with one statement open");
        await Screenshots.TakeAsync(open, "meter-phone-statement-missing");
        await pre.FillTheRestAndFinishAsync(PreScore);

        // The results: clusters, the strongest and the weakest with ties on shared places.
        await Expect(pre.ClusterTable.Locator("tbody tr")).ToHaveCountAsync(4);
        await Expect(pre.Strongest.Locator("li")).ToHaveCountAsync(7);
        await Expect(pre.Weakest.Locator("li")).ToHaveCountAsync(6);
        await Expect(pre.TiesExplained.First).ToBeVisibleAsync();
        await PlaceShouldBeAsync(MeasurementPage.Entry(pre.Strongest, "Ik weet welke rol ik zelf in het gesprek speel"), "4–7", shared: true);
        await PlaceShouldBeAsync(MeasurementPage.Entry(pre.Strongest, "Ik kies bewust uit meerdere gesprekstechnieken"), "1–3", shared: true);
        await PlaceShouldBeAsync(MeasurementPage.Entry(pre.Weakest, SocialMap), "1", shared: false);
        await PlaceShouldBeAsync(MeasurementPage.Entry(pre.Weakest, "Ik zet burgers en hun netwerk ertoe aan"), "2–6", shared: true);
        await Expect(pre.Change).ToHaveCountAsync(0);
        await Accessibility.CheckAsync(pre, "phone, results of the first measurement");
        await ShouldFitAsync(pre);
        await Screenshots.TakeAsync(phone, "meter-phone-results-pre");
        await Screenshots.TakeAsync(pre.Weakest, "meter-phone-weakest-pre");

        // A development point from the weakest statement, filled in until every SMART letter is met.
        var point = await pre.MakePointFromAsync(pre.Weakest, SocialMap);
        await Expect(point.FromStatement).ToContainTextAsync(SocialMap);
        await Expect(point.SmartHints).ToHaveCountAsync(5);
        await Expect(point.SmartMet).Not.ToHaveCountAsync(5);
        await Accessibility.CheckAsync(point, "phone, new point from a statement");
        await ShouldFitAsync(point);
        await point.Title.FillAsync("De sociale kaart gebruiken in het keukentafelgesprek");
        await point.SaveAsync();
        await Expect(point.Heading).ToHaveTextAsync("De sociale kaart gebruiken in het keukentafelgesprek");
        await Expect(point.FromStatement).ToContainTextAsync(SocialMap);
        await Expect(point.SmartMet).Not.ToHaveCountAsync(5);
        await Accessibility.CheckAsync(point, "phone, saved point, SMART not yet met");
        await point.Goal.FillAsync("In elk keukentafelgesprek noem ik minstens één voorziening uit de wijk die past bij de vraag.");
        await point.Motivation.FillAsync("Burgers vinden zo sneller hulp dichtbij, zonder indicatie.");
        await point.Route("Oefenen in de praktijk").CheckAsync();
        await point.Route("Intervisie").CheckAsync();
        await point.Needs.FillAsync("De wijkcoach van het welzijnswerk en de digitale sociale kaart.");
        await point.FirstStep.FillAsync("Een middag meelopen met de wijkcoach.");
        await point.TargetDate.FillAsync(DutchToday.AddMonths(3).ToString("yyyy-MM-dd"));
        await point.SaveAsync();
        await Expect(point.SmartMet).ToHaveCountAsync(5);
        await Expect(point.Route("Intervisie")).ToBeCheckedAsync();
        await point.ChangeStatusAsync("Mee bezig", "Eerste gesprek met de wijkcoach gepland");
        // The point itself is untouched by a change of its status.
        await Expect(point.Title).ToHaveValueAsync("De sociale kaart gebruiken in het keukentafelgesprek");
        await Expect(point.FirstStep).ToHaveValueAsync("Een middag meelopen met de wijkcoach.");
        await Expect(point.Route("Intervisie")).ToBeCheckedAsync();
        await Expect(point.SmartMet).ToHaveCountAsync(5);
        await Accessibility.CheckAsync(point, "phone, SMART, working on it");
        await ShouldFitAsync(point);
        await Screenshots.TakeAsync(phone, "plan-phone-point");
        var pointTitle = await point.HeadingTextAsync();
        var pointId = point.Id;

        var plan = new PlanPage(phone);
        await plan.GotoAsync();
        await Expect(plan.Point(pointTitle).Locator(".app-smart__letter--met")).ToHaveCountAsync(5);
        await Accessibility.CheckAsync(plan, "phone");
        await ShouldFitAsync(plan);
        await new SharePanel(phone).ShareWithAsync(DemoAccounts.TeamLeaderName);
        await Accessibility.CheckAsync(plan, "phone, plan shared with the team leader");
        await Screenshots.TakeAsync(phone, "plan-phone");

        // A STAR reflection linked to the point.
        var log = new LogPage(phone);
        await log.GotoAsync();
        var reflection = await log.OpenNewReflectionAsync();
        await Accessibility.CheckAsync(reflection, "phone");
        await ShouldFitAsync(reflection);
        await reflection.Situation.FillAsync("Een moeder met schulden vroeg om hulp bij de administratie.");
        await reflection.Task.FillAsync("Samen kijken wat er in de wijk is.");
        await reflection.Action.FillAsync("Ik zocht met haar op de sociale kaart naar de formulierenbrigade.");
        await reflection.Result.FillAsync("Ze heeft zelf een afspraak gemaakt.");
        await reflection.Lessons.FillAsync("De sociale kaart samen openen werkt beter dan een folder meegeven.");
        await reflection.Point.SelectOptionAsync(new SelectOptionValue { Label = pointTitle });
        await reflection.Save.ClickAsync();
        await Expect(phone).ToHaveURLAsync(new Regex("/leerlogboek$"));
        await Expect(log.Reflections.Filter(new() { HasText = "Een moeder met schulden" })).ToHaveCountAsync(1);

        // An intervision with a certificate as evidence; it counts as reflection hours, on top of what the demo's
        // story already holds (a consultation she confirmed last week, depending on the day in this year or the last).
        var today = DutchToday;
        var year = $"{today.Year}";
        var quarter = $"{today.Year} K{(today.Month - 1) / 3 + 1}";
        var (yearBefore, quarterBefore) = (await HoursAsync(log, year), await HoursAsync(log, quarter));
        var activity = await log.OpenNewActivityAsync();
        await Accessibility.CheckAsync(activity, "phone");
        await ShouldFitAsync(activity);
        await activity.Title.FillAsync("Intervisie over de sociale kaart");
        await activity.Minutes.FillAsync("90");
        await activity.Category.SelectOptionAsync(new SelectOptionValue { Label = "Leren van en met anderen (20)" });
        await activity.Kind.SelectOptionAsync(new SelectOptionValue { Label = "Intervisie" });
        await activity.Point.SelectOptionAsync(new SelectOptionValue { Label = pointTitle });
        await activity.Evidence.SetInputFilesAsync(new FilePayload { Name = "certificaat-intervisie.pdf", MimeType = "application/pdf", Buffer = SmallPdf });
        await activity.Save.ClickAsync();
        await Expect(phone).ToHaveURLAsync(new Regex("/leerlogboek$"));
        await Expect(log.Activities.Filter(new() { HasText = "Intervisie over de sociale kaart" })).ToHaveCountAsync(1);
        Assert.InRange(await HoursAsync(log, year) - yearBefore, 1.4, 1.6); // the table shows hours to one decimal
        Assert.InRange(await HoursAsync(log, quarter) - quarterBefore, 1.4, 1.6);
        await Expect(log.Activities.Filter(new() { HasText = "Intervisie over de sociale kaart" })).ToHaveCountAsync(1);
        // The reflection hours are in view on the phone without scrolling the table sideways.
        var hours = await log.HoursRow($"{today.Year}").Locator("td strong").BoundingBoxAsync();
        Assert.True(hours!.X + hours.Width <= Phone.Width, $"the reflection hours are at {hours.X}px, off a {Phone.Width}px screen");
        await Accessibility.CheckAsync(log, "phone, with a reflection and an activity");
        await ShouldFitAsync(log);
        await Screenshots.TakeAsync(phone, "log-phone");
        await log.Activities.GetByRole(AriaRole.Link, new() { Name = "Intervisie over de sociale kaart" }).ClickAsync();
        var evidence = phone.GetByRole(AriaRole.Link, new() { Name = "certificaat-intervisie.pdf" });
        await Expect(evidence).ToBeVisibleAsync();
        await Expect(evidence.Locator("xpath=..")).ToContainTextAsync("(1 kB)");
        await Expect(phone.Locator("main dd").GetByRole(AriaRole.Link, new() { Name = pointTitle })).ToHaveAttributeAsync("href", $"/ontwikkelplan/{pointId}");
        var activityPage = new AppPage(phone, new Uri(phone.Url).AbsolutePath);
        await Accessibility.CheckAsync(activityPage, "phone, activity with evidence");
        await ShouldFitAsync(activityPage);
        await log.GotoAsync();
        await log.Reflections.GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(phone).ToHaveURLAsync(new Regex("/leerlogboek/reflecties/[0-9a-f-]{36}$"));
        var reflectionPage = new AppPage(phone, new Uri(phone.Url).AbsolutePath);
        await Expect(phone.Locator("main")).ToContainTextAsync("De sociale kaart samen openen werkt beter dan een folder meegeven.");
        await Expect(phone.Locator("main dd").GetByRole(AriaRole.Link, new() { Name = pointTitle })).ToHaveAttributeAsync("href", $"/ontwikkelplan/{pointId}");
        await Accessibility.CheckAsync(reflectionPage, "phone, a reflection");
        await ShouldFitAsync(reflectionPage);

        // Post-measurement with higher scores, this time on a laptop, where each box also shows the words of the scale.
        var laptopHome = new MeterHomePage(laptop);
        await laptopHome.GotoAsync();
        var postOnLaptop = await laptopHome.StartAsync(Instrument, "Post");
        await Expect(postOnLaptop.Option("technieken-aansluiten", 5)).ToContainTextAsync("dit doe ik vanzelf en kan ik anderen leren");
        await Accessibility.CheckAsync(postOnLaptop, "laptop, first cluster");
        await Screenshots.TakeAsync(laptop, "meter-laptop-cluster-1");
        await postOnLaptop.FillTheRestAndFinishAsync(PostScore);
        await Expect(postOnLaptop.Change.Locator("h2")).ToContainTextAsync("Verandering sinds");
        await Expect(postOnLaptop.Chart).ToBeVisibleAsync();
        await Expect(postOnLaptop.ChangeTable.Locator("tbody tr")).ToHaveCountAsync(4 + 21);
        var socialMapRow = postOnLaptop.ChangeTable.Locator("tbody tr").Filter(new() { HasText = SocialMap });
        await Expect(socialMapRow.Locator("td")).ToHaveTextAsync(["1", "3", "+2"]);
        var clusterRow = postOnLaptop.ChangeTable.Locator("tbody tr").Filter(new() { HasText = "Contextgericht en integraal" }).First;
        await Expect(clusterRow.Locator("td")).ToHaveTextAsync(["2,5", "3,7", "+1,2"]);
        Assert.Equal([0.5, 0.74], (await postOnLaptop.BarLengthsAsync("Contextgericht en integraal")).Select(l => Math.Round(l, 2)));
        await Accessibility.CheckAsync(postOnLaptop, "laptop, results with the change");
        await Screenshots.TakeAsync(laptop, "meter-laptop-results-post");

        // The same results on the phone.
        var post = new MeasurementPage(phone, postOnLaptop.Id);
        await post.GotoAsync();
        await Expect(post.Chart).ToBeVisibleAsync();
        await Accessibility.CheckAsync(post, "phone, results with the change");
        await ShouldFitAsync(post);
        await Screenshots.TakeAsync(phone, "meter-phone-results-post");
        await Screenshots.TakeAsync(post.Change, "meter-phone-change");
        foreach (var other in new BasePage[] { new PlanPage(laptop), new LogPage(laptop) })
        {
            await other.GotoAsync();
            await Accessibility.CheckAsync(other, "laptop");
        }
        var pointOnLaptop = new AppPage(laptop, $"/ontwikkelplan/{pointId}");
        await pointOnLaptop.GotoAsync();
        await Accessibility.CheckAsync(pointOnLaptop, "laptop");
        await Screenshots.TakeAsync(laptop, "plan-laptop-point");

        // Shared with the team leader, who reads it and cannot change it.
        await Expect(post.Share.Recipients).ToHaveCountAsync(0);
        await Expect(post.Share.With).ToHaveValueAsync(""); // nobody chosen beforehand
        await post.Share.ShareWithAsync(DemoAccounts.TeamLeaderName);
        await Accessibility.CheckAsync(post, "phone, shared with the team leader");
        var leader = await NewPageSignedInAsAsync(DemoAccounts.TeamLeader);
        var shared = new SharedWithMePage(leader);
        await shared.GotoAsync();
        await Accessibility.CheckAsync(shared, "team leader");
        await shared.Items.Filter(new() { HasText = DemoAccounts.MemberName }).GetByRole(AriaRole.Link, new() { Name = "Competentiemeter Het Gesprek" }).ClickAsync();
        await Expect(leader).ToHaveURLAsync(new Regex($"/gedeeld/metingen/{post.Id}$"));
        var read = new AppPage(leader, $"/gedeeld/metingen/{post.Id}");
        await Expect(leader.Locator("main")).ToContainTextAsync($"Gedeeld door {DemoAccounts.MemberName}");
        await Expect(leader.Locator("main")).ToContainTextAsync("Dit is met jou gedeeld: je kunt het lezen, niet veranderen.");
        await Expect(leader.Locator("main form")).ToHaveCountAsync(0);
        await Expect(leader.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("ontwikkelpunt") })).ToHaveCountAsync(0);
        await Expect(leader.Locator("section[aria-labelledby=clusters] tbody tr")).ToHaveCountAsync(4);
        // Her strengths, not "mijn krachten" as the owner reads them.
        await Expect(leader.GetByRole(AriaRole.Heading, new() { Name = "Krachten: de hoogste scores" })).ToBeVisibleAsync();
        await Expect(leader.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^Mijn ") })).ToHaveCountAsync(0);
        await Accessibility.CheckAsync(read, "team leader, read-only");
        await Screenshots.TakeAsync(leader, "meter-shared-with-leader");
        // The owner's own address stays closed to her.
        await leader.GotoAsync(post.Path);
        await Expect(read.Heading).ToHaveTextAsync("Pagina niet gevonden");
        // The plan, shared as a whole, read on the team leader's phone.
        var leaderPhone = await NewPageSignedInAsAsync(DemoAccounts.TeamLeader, Phone);
        var sharedOnPhone = new SharedWithMePage(leaderPhone);
        await sharedOnPhone.GotoAsync();
        await sharedOnPhone.Items.Filter(new() { HasText = DemoAccounts.MemberName }).GetByRole(AriaRole.Link, new() { Name = $"Ontwikkelplan van {DemoAccounts.MemberName}" }).ClickAsync();
        await Expect(leaderPhone).ToHaveURLAsync(new Regex("/gedeeld/plan/[0-9a-f-]{36}$"));
        var sharedPlan = new AppPage(leaderPhone, new Uri(leaderPhone.Url).AbsolutePath);
        await Expect(sharedPlan.Heading).ToHaveTextAsync($"Ontwikkelplan van {DemoAccounts.MemberName}");
        await Expect(leaderPhone.Locator("main")).ToContainTextAsync(pointTitle);
        await Expect(leaderPhone.Locator("main form")).ToHaveCountAsync(0);
        await Accessibility.CheckAsync(sharedPlan, "team leader's phone, shared plan");
        await ShouldFitAsync(sharedPlan);
        await Screenshots.TakeAsync(leaderPhone, "plan-shared-with-leader-phone");

        // Counted, anonymously, in the team overview: with one measurement there the team sees no averages yet.
        await post.Share.CountInTeamAsync("Wijkteam Noord");
        var start = new AppPage(phone, "/");
        await start.GotoAsync();
        await phone.Locator("main li").Filter(new() { HasText = "Wijkteam Noord" }).GetByRole(AriaRole.Link, new() { Name = "ontwikkeling van het team" }).ClickAsync();
        await Expect(start.Heading).ToHaveTextAsync("Ontwikkeling van Wijkteam Noord");
        var team = new AppPage(phone, new Uri(phone.Url).AbsolutePath);
        // The demo team counts three measurements already: its averages show, with the group's size rounded, so that
        // this one more changes neither the figures nor the count (item 15).
        await Expect(phone.Locator("main caption").First).ToContainTextAsync("3 of meer teamleden");
        await Expect(phone.Locator("main")).Not.ToContainTextAsync("(nu ");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Ik doe mee" }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Button, new() { Name = "Ik doe niet meer mee" })).ToBeVisibleAsync();
        await Accessibility.CheckAsync(team, "phone, team overview");
        await ShouldFitAsync(team);
        var myData = new AppPage(phone, "/mijn-gegevens");
        await myData.GotoAsync();
        await Accessibility.CheckAsync(myData, "phone");
        await ShouldFitAsync(myData);

        // The print view: the results and the plan, on paper without the sharing panel or the toolbar.
        await post.GotoAsync();
        var print = await post.OpenPrintViewAsync();
        await Expect(print.Heading).ToHaveTextAsync("Competentiemeter Het Gesprek");
        await Expect(print.Sheets.Nth(1)).ToContainTextAsync(pointTitle);
        await Accessibility.CheckAsync(print, "phone");
        await ShouldFitAsync(print);
        await Screenshots.TakeAsync(phone, "meter-print-phone");
        var paper = new MeasurementPrintPage(laptop, post.Id);
        await paper.GotoAsync();
        await Expect(paper.Change).ToBeVisibleAsync();
        await Accessibility.CheckAsync(paper, "laptop");
        await laptop.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(paper.Toolbar).ToBeHiddenAsync();
        await Expect(laptop.Locator(".app-share")).ToHaveCountAsync(0);
        await Screenshots.TakeAsync(laptop, "meter-print-paper");

        Assert.Empty(formWarnings);
        Accessibility.ShouldHaveFoundNoSeriousViolations();
    }

    [Fact]
    public async Task The_plan_and_log_forms_keep_what_was_typed_when_something_is_missing_or_the_file_is_refused()
    {
        var page = await NewPageSignedInAsAsync("joost@lindenhaven.example", Phone);

        // A development point without a name.
        var point = new PointPage(page);
        await point.GotoAsync();
        await point.Goal.FillAsync("Elke week één keer een collega vragen om mee te kijken.");
        await point.Route("Intervisie").CheckAsync();
        await point.TargetDate.FillAsync("2027-03-01");
        await point.Save.ClickAsync();
        await Expect(point.ValidationMessages).ToHaveTextAsync(["Geef je ontwikkelpunt een korte naam."]);
        await Expect(point.Goal).ToHaveValueAsync("Elke week één keer een collega vragen om mee te kijken.");
        await Expect(point.Route("Intervisie")).ToBeCheckedAsync();
        await Expect(point.TargetDate).ToHaveValueAsync("2027-03-01");
        await Accessibility.CheckAsync(point, "phone, refused without a name");
        await point.Title.FillAsync("Collega's laten meekijken");
        await point.SaveAsync();
        await Expect(point.Goal).ToHaveValueAsync("Elke week één keer een collega vragen om mee te kijken.");
        await Expect(point.Route("Intervisie")).ToBeCheckedAsync();

        // A reflection without its situation.
        var reflection = new NewReflectionPage(page);
        await reflection.GotoAsync();
        await reflection.Task.FillAsync("Het gesprek voorbereiden.");
        await reflection.Lessons.FillAsync("Eerst vragen wat de ander al heeft geprobeerd.");
        await reflection.Point.SelectOptionAsync(new SelectOptionValue { Label = "Collega's laten meekijken" });
        await reflection.Save.ClickAsync();
        await Expect(reflection.ValidationMessages).ToHaveTextAsync(["Beschrijf de situatie."]);
        await Expect(reflection.Task).ToHaveValueAsync("Het gesprek voorbereiden.");
        await Expect(reflection.Lessons).ToHaveValueAsync("Eerst vragen wat de ander al heeft geprobeerd.");
        await Expect(reflection.Point.Locator("option:checked")).ToHaveTextAsync("Collega's laten meekijken");
        await Accessibility.CheckAsync(reflection, "phone, refused without a situation");

        // An activity with a duration off the scale, then with a file of the wrong kind.
        var activity = new NewActivityPage(page);
        await activity.GotoAsync();
        await activity.Title.FillAsync("Supervisie bij de GZ-psycholoog");
        await activity.Minutes.FillAsync("0");
        await activity.Kind.SelectOptionAsync(new SelectOptionValue { Label = "Supervisie" });
        await activity.Notes.FillAsync("Over grenzen stellen.");
        await activity.Save.ClickAsync();
        await Expect(activity.ValidationMessages).ToHaveTextAsync(["Vul een duur in minuten in, van 1 tot 1440."]);
        await Expect(activity.Title).ToHaveValueAsync("Supervisie bij de GZ-psycholoog");
        await Expect(activity.Kind.Locator("option:checked")).ToHaveTextAsync("Supervisie");
        await Expect(activity.Notes).ToHaveValueAsync("Over grenzen stellen.");
        await Accessibility.CheckAsync(activity, "phone, refused duration");
        await activity.Minutes.FillAsync("60");
        await activity.Evidence.SetInputFilesAsync(new FilePayload { Name = "verslag.exe", MimeType = "application/octet-stream", Buffer = "MZ niet echt"u8.ToArray() });
        await activity.Save.ClickAsync();
        await Expect(activity.Error).ToContainTextAsync("Dit soort bestand kan niet");
        await Expect(activity.Title).ToHaveValueAsync("Supervisie bij de GZ-psycholoog");
        await Expect(activity.Minutes).ToHaveValueAsync("60");
        await Expect(activity.Kind.Locator("option:checked")).ToHaveTextAsync("Supervisie");
        await Accessibility.CheckAsync(activity, "phone, refused file");
        await ShouldFitAsync(activity);

        Accessibility.ShouldHaveFoundNoSeriousViolations();
    }

    /// <summary>A tiny but real PDF, as a certificate would be.</summary>
    private static byte[] SmallPdf => """
        %PDF-1.4
        1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
        2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
        3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
        trailer << /Root 1 0 R >>
        %%EOF
        """u8.ToArray();

    private static async Task PlaceShouldBeAsync(ILocator entry, string place, bool shared)
    {
        await Expect(entry).ToHaveCountAsync(1);
        await Expect(entry.Locator(".app-top-list__place")).ToHaveTextAsync(new Regex($"(^|\\s){Regex.Escape(place)}$"));
        var name = shared ? $"Gedeelde plaats {place}" : $"Plaats {place}";
        await Expect(entry).ToContainTextAsync(name);
    }

    /// <summary>On a phone the five boxes of a statement sit side by side, so a statement takes one tap and little scrolling.</summary>
    private static async Task ScoreOptionsShouldFitOneRowAsync(MeasurementPage page)
    {
        var rows = await page.Statements.EvaluateAllAsync<int[]>(
            "sets => sets.map(s => new Set([...s.querySelectorAll('label')].map(l => Math.round(l.getBoundingClientRect().top))).size)");
        Assert.All(rows, r => Assert.Equal(1, r));
    }

    private static async Task ShouldFitAsync(BasePage page)
    {
        var fit = await page.HorizontalFitAsync();
        Assert.True(fit.Fits, $"{page.Page.Url} scrolls sideways: {fit}");
    }

    /// <summary>The reflection hours the log shows for a period, 0 when it has no row yet.</summary>
    private static async Task<double> HoursAsync(LogPage log, string period)
    {
        var cell = log.HoursRow(period).Locator("td strong");
        return await cell.CountAsync() == 0 ? 0 : double.Parse((await cell.InnerTextAsync()).Trim().Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture);
    }
}

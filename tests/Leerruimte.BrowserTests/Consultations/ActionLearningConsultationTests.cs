using Leerruimte.BrowserTests.Meetings;
using Leerruimte.Features.Demo;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Leerruimte.BrowserTests.Consultations;

/// <summary>
/// W4 in a real browser: the chair plans an action-learning consultation on a case of the team's library, runs its
/// five steps from the console with the beamer beside it, three phones (the case bringer's among them) put questions
/// and ideas on the board, the chair makes the bringer's chosen idea a team action and closes, and each phone
/// confirms attendance, so the hours go into the learning logs.
/// </summary>
public sealed class ActionLearningConsultationTests(BrowserSuite suite, ITestOutputHelper output) : MeetingBrowserTest(suite, output)
{
    private static readonly LocatorAssertionsToHaveCountOptions Soon = new() { Timeout = 5_000 };
    private static readonly ViewportSize Beamer = new() { Width = 1920, Height = 1080 };
    private static readonly ViewportSize Phone390 = new() { Width = 390, Height = 844 };

    private static readonly string[] Steps = ["Inbrengen", "Open vragen", "Richtingen en ideeën", "Keuze van de actie-eigenaar", "Actie"];

    private sealed record Member(string Email, string Name, PhonePage Phone);

    [Fact]
    public async Task A_whole_action_learning_consultation_from_the_plan_through_five_steps_to_a_team_action_and_confirmed_attendance()
    {
        // The case library, and a case the privacy guard stops: the finding is marked and explained, nothing is saved.
        var chairPage = await NewPageSignedInAsAsync(DemoAccounts.Facilitator);
        var team = await TeamHomePage.FromStartAsync(chairPage, DemoTeamGoals.Team);
        var library = new CaseLibraryPage(chairPage, team.Id);
        await library.GotoAsync();
        await Expect(library.Cases).ToHaveCountAsync(DemoCases.All.Count);
        await Accessibility.CheckAsync(library, "case library");
        await Screenshots.TakeAsync(chairPage, "consultation-case-library");
        var write = new NewCasePage(chairPage, team.Id);
        await write.GotoAsync();
        await write.SaveAsync("Moeder met schulden", "Ze is te bereiken op 06-12345678 en wil hulp bij haar post.");
        await Expect(write.Findings).ToHaveTextAsync(["06-12345678"]);
        await Accessibility.CheckAsync(write, "case with a privacy finding");
        await Screenshots.TakeAsync(chairPage, "consultation-case-privacy-finding");

        // The chair plans a consultation for now on Aylin's case, by action learning, with Aylin bringing it in.
        var plan = new PlanConsultationPage(chairPage, team.Id);
        await plan.GotoAsync();
        await Accessibility.CheckAsync(plan, "plan a consultation");
        await Screenshots.TakeAsync(chairPage, "consultation-plan");
        var overview = await plan.PlanAsync(DemoConsultations.PastMethod, DemoCases.Caregiver.Title, DemoAccounts.MemberName, DutchNow, "Teamkamer");
        await Expect(overview.Heading).ToHaveTextAsync("Actieleren");
        await Accessibility.CheckAsync(overview, "consultation planned");
        await Screenshots.TakeAsync(chairPage, "consultation-overview-planned");
        var console = await overview.OpenConsoleAsync();
        await Expect(console.StartConsultationButton()).ToBeVisibleAsync();
        var code = await console.JoinCodeAsync();
        Assert.Matches("^[A-Z2-9]{6}$", code);
        await Accessibility.CheckAsync(console, "console before the start");
        await Screenshots.TakeAsync(chairPage, "consultation-console-planned");

        var beamer = new BeamerPage(await NewPageSignedInAsAsync(DemoAccounts.Facilitator, Beamer), overview.Id, overview.BeamerPath);
        await beamer.GotoAsync();
        await Expect(beamer.Root).ToContainTextAsync(DemoCases.Caregiver.Title);
        await Expect(beamer.LargeJoinPanel.Locator("[data-code]")).ToHaveTextAsync(code);
        await Accessibility.CheckAsync(beamer, "beamer before the start");
        await Screenshots.TakeAsync(beamer.Page, "consultation-beamer-planned", fullPage: false);

        // Three phones open the consultation; the first is the case bringer's, who types the code from the screen
        // (in lower case, with a space), the others follow the link.
        var members = new List<Member>();
        foreach (var (email, name) in DemoAccounts.TeamNoord)
        {
            var page = await NewPageSignedInAsAsync(email, Phone390);
            PhonePage phone;
            if (members.Count == 0)
            {
                var join = new JoinPage(page);
                await join.GotoAsync();
                phone = await join.JoinWithCodeAsync(code.ToLowerInvariant().Insert(3, " "), overview.Id, overview.PhonePath);
            }
            else
            {
                phone = new PhonePage(page, overview.Id, overview.PhonePath);
                await phone.Page.GotoAsync(phone.Path);
                await phone.ShouldBeLiveAsync();
            }
            members.Add(new Member(email, name, phone));
        }
        var bringer = members[0];
        await Accessibility.CheckAsync(bringer.Phone, "phone before the start");
        await ShouldFitAsync(bringer.Phone);
        await Screenshots.TakeAsync(bringer.Phone.Page, "consultation-phone-waiting");
        await Expect(console.AttendanceHeading).ToContainTextAsync("Aanwezig (3 van");

        // The chair starts and walks the five steps; phones add questions in step 2 and ideas in step 3.
        await console.StartConsultationAsync();
        for (var step = 0; step < Steps.Length; step++)
        {
            if (step > 0) await console.NextAsync();
            await Expect(console.CurrentItem).ToHaveTextAsync(Steps[step]);
            await Expect(beamer.CurrentItem).ToHaveTextAsync(Steps[step]);
            foreach (var m in members) await Expect(m.Phone.CurrentItem).ToHaveTextAsync(Steps[step]);
            foreach (var (who, text) in NotesOf(step, members))
            {
                await who.Phone.AddNoteAsync(text);
                await Expect(console.Notes.Filter(new() { HasTextString = text })).ToHaveCountAsync(1, Soon);
                await Expect(beamer.Notes.Filter(new() { HasTextString = text })).ToHaveCountAsync(1, Soon);
                foreach (var other in members.Where(o => o != who))
                    await Expect(other.Phone.NoteTexts.Filter(new() { HasTextString = text })).ToHaveCountAsync(1, Soon);
            }
            if (step is 0 or 2)
            {
                await Accessibility.CheckAsync(console, $"console, {Steps[step]}");
                await Accessibility.CheckAsync(beamer, $"beamer, {Steps[step]}");
                await Accessibility.CheckAsync(bringer.Phone, $"phone, {Steps[step]}");
                await ShouldFitAsync(bringer.Phone);
                await Screenshots.TakeAsync(console.Page, $"consultation-console-step{step + 1}");
                await Screenshots.TakeAsync(beamer.Page, $"consultation-beamer-step{step + 1}", fullPage: false);
                await Screenshots.TakeAsync(bringer.Phone.Page, $"consultation-phone-step{step + 1}");
            }
            // In the choice step the bringer writes which idea she takes; the chair makes that note a team action.
            if (step == 3)
            {
                await console.MakeActionOfAsync(Chosen);
                await Accessibility.CheckAsync(console, "console, a team action made");
                await Screenshots.TakeAsync(console.Page, "consultation-console-action");
            }
        }

        await console.CloseConsultationAsync();
        await Expect(beamer.Root).ToContainTextAsync("Dank je wel voor het meedoen!");
        await Accessibility.CheckAsync(console, "console, closed");
        await Accessibility.CheckAsync(beamer, "beamer, closed");
        await Screenshots.TakeAsync(beamer.Page, "consultation-beamer-closed", fullPage: false);

        // Each phone confirms attendance; the hours are in the learning log.
        foreach (var m in members)
        {
            var confirm = m.Phone.Page.GetByRole(AriaRole.Button, new() { Name = "Ik was erbij" });
            await Expect(confirm).ToBeVisibleAsync();
            if (m == bringer)
            {
                await Accessibility.CheckAsync(m.Phone, "phone, closed, confirm attendance");
                await Screenshots.TakeAsync(m.Phone.Page, "consultation-phone-closed");
            }
            await confirm.ClickAsync();
            await Expect(m.Phone.Page.Locator(".utrecht-alert--ok")).ToContainTextAsync("als Intervisie in je leerlogboek");
        }
        await Accessibility.CheckAsync(bringer.Phone, "phone, attendance confirmed");
        await Screenshots.TakeAsync(bringer.Phone.Page, "consultation-phone-confirmed");

        // The overview shows who confirmed; the team's action list holds the action.
        await overview.GotoAsync();
        foreach (var m in members) await Expect(overview.AttendanceRow(m.Name).Locator("td").Nth(2)).Not.ToHaveTextAsync("nog niet");
        await Expect(overview.Page.Locator("main")).ToContainTextAsync(Chosen);
        await Accessibility.CheckAsync(overview, "consultation closed");
        await Screenshots.TakeAsync(chairPage, "consultation-overview-closed");
        var actions = new AppPage(chairPage, $"/teams/{team.Id}/acties");
        await actions.GotoAsync();
        await Expect(actions.Page.Locator("main")).ToContainTextAsync(Chosen);
        await Accessibility.CheckAsync(actions, "team actions");
        await Screenshots.TakeAsync(chairPage, "consultation-team-actions");

        Accessibility.ShouldHaveFoundNoSeriousViolations();
    }

    private const string Chosen = "Ik kies: samen met haar naar de koffieochtend voor mantelzorgers.";

    /// <summary>What the phones write in each step: the bringer her question, the others questions and ideas, the bringer her choice.</summary>
    private static IEnumerable<(Member Who, string Text)> NotesOf(int step, List<Member> m) => step switch
    {
        0 => [(m[0], "Hoe sluit ik aan bij wat zij zelf wil?")],
        1 => [(m[1], "Wat heeft ze zelf al geprobeerd?"), (m[2], "Wie weet hoe zwaar het voor haar is?")],
        2 => [(m[1], "Een buurvrouw die een middag per week komt."), (m[2], "De koffieochtend voor mantelzorgers in het buurthuis.")],
        3 => [(m[0], Chosen)],
        _ => [],
    };
}

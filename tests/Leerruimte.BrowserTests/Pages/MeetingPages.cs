using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Leerruimte.BrowserTests.Pages;

/// <summary>Planning a team meeting (/bijeenkomsten/plannen) for the one team the facilitator plans for.</summary>
public sealed partial class PlanMeetingPage(IPage page) : BasePage(page)
{
    public override string Path => "/bijeenkomsten/plannen";

    public ILocator Module => Page.Locator("#module");
    public ILocator Date => Page.Locator("#date");
    public ILocator Time => Page.Locator("#time");
    public ILocator Place => Page.Locator("#place");
    public ILocator Invitees => Page.Locator("input[name=invitee]");
    public ILocator Submit => Page.Locator("main form button[type=submit]");

    /// <summary>Fills in the form (everyone in the team stays invited) and returns the page of the planned meeting.</summary>
    public async Task<MeetingPage> PlanAsync(string module, DateTime dutchStart, string place)
    {
        await Module.SelectOptionAsync(module);
        await Date.FillAsync(dutchStart.ToString("yyyy-MM-dd"));
        await Time.FillAsync(dutchStart.ToString("HH:mm"));
        await Place.FillAsync(place);
        await Submit.ClickAsync();
        await Expect(Page).ToHaveURLAsync(PlannedAddress());
        var id = Guid.Parse(PlannedAddress().Match(Page.Url).Groups[1].Value);
        var planned = new MeetingPage(Page, id);
        await Expect(planned.Heading).ToHaveTextAsync(ShippedModules.Title(module));
        return planned;
    }

    [GeneratedRegex("/bijeenkomsten/([0-9a-f-]{36})\\?gepland=1$")]
    private static partial Regex PlannedAddress();
}

/// <summary>The page of one meeting (/bijeenkomsten/{id}) with the links for participants and the facilitator.</summary>
public sealed class MeetingPage(IPage page, Guid id) : BasePage(page)
{
    public Guid Id => id;
    public override string Path => $"/bijeenkomsten/{id}";

    public ILocator JoinCode => Page.Locator("main .app-code");

    public async Task<ConsolePage> OpenConsoleAsync()
    {
        await Page.Locator($"main a[href='/bijeenkomsten/{id}/console']").ClickAsync();
        var console = new ConsolePage(Page, id);
        await console.ShouldBeLoadedAsync();
        return console;
    }
}

/// <summary>
/// The facilitator's console (/bijeenkomsten/{id}/console), an interactive server component: agenda on the left,
/// the current item with its countdown in the middle, attendance and closing at the side.
/// </summary>
public sealed class ConsolePage(IPage page, Guid id, string? path = null) : BasePage(page)
{
    /// <summary>A meeting's by default; a consultation's screen is the same kernel screen at its own address.</summary>
    public override string Path => path ?? $"/bijeenkomsten/{id}/console";

    public ILocator Root => Page.Locator(".app-console");
    public ILocator JoinCode => Root.Locator(".app-join__code [data-code]");
    public ILocator JoinHow => Root.Locator(".app-join__how");
    public ILocator StartButton => Root.GetByRole(AriaRole.Button, new() { Name = "Start de bijeenkomst" });
    public ILocator AgendaButtons => Root.Locator(".app-agenda-nav__button");
    public ILocator CurrentAgendaButton => Root.Locator(".app-agenda-nav__button[aria-current=step]");
    public ILocator CurrentItem => Root.Locator("#current-item");
    public ILocator Countdown => Root.Locator(".app-console__clock .app-countdown");
    public ILocator NextButton => Root.GetByRole(AriaRole.Button, new() { Name = "Volgend onderdeel" });
    public ILocator PauseButton => Root.GetByRole(AriaRole.Button, new() { Name = "Pauzeren" });
    public ILocator ResumeButton => Root.GetByRole(AriaRole.Button, new() { Name = "Tijd starten" });
    public ILocator FormGroupsButton => Root.GetByRole(AriaRole.Button, new() { Name = "Maak groepjes" });
    public ILocator Groups => Root.Locator(".app-console__assignment .app-groups__group");
    public ILocator TimedSteps => Root.Locator(".app-timed-step");
    public ILocator Notes => Root.Locator(".app-console__current .app-note");
    public ILocator AttendanceHeading => Root.Locator("#attendance");
    public ILocator Attendance => Root.Locator(".app-attendance input[type=checkbox]");
    public ILocator Error => Root.Locator(".utrecht-alert[role=alert]");

    public async Task ShouldBeLoadedAsync()
    {
        await Expect(Page).ToHaveURLAsync(new Regex($"{Regex.Escape(Path)}$"));
        await Expect(Root).ToBeVisibleAsync();
    }

    /// <summary>Ticks someone present who is in the room without a phone.</summary>
    public async Task MarkPresentAsync(string name)
    {
        var box = Root.Locator(".app-attendance").GetByLabel(name, new() { Exact = true });
        await box.CheckAsync();
        await Expect(box).ToBeCheckedAsync();
    }

    public async Task<string> JoinCodeAsync() => (await JoinCode.InnerTextAsync()).Trim();

    public async Task StartAsync()
    {
        await StartButton.ClickAsync();
        await Expect(CurrentAgendaButton).ToHaveCountAsync(1);
    }

    /// <summary>Moves to the next agenda item and waits until the console shows it.</summary>
    public async Task NextAsync()
    {
        var index = await AgendaButtons.EvaluateAllAsync<int>("(buttons) => buttons.findIndex(b => b.getAttribute('aria-current') === 'step')");
        await NextButton.ClickAsync();
        await Expect(AgendaButtons.Nth(index + 1)).ToHaveAttributeAsync("aria-current", "step");
    }

    public async Task FormGroupsAsync()
    {
        await FormGroupsButton.ClickAsync();
        await Expect(Groups.First).ToBeVisibleAsync();
    }

    public async Task StartTimedStepAsync(string title)
    {
        var step = TimedSteps.Filter(new() { HasText = title });
        await step.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Start") }).ClickAsync();
        await Expect(step.Locator(".app-countdown")).ToBeVisibleAsync();
    }

    public async Task CloseMeetingAsync()
    {
        await Root.GetByRole(AriaRole.Button, new() { Name = "Bijeenkomst afsluiten" }).ClickAsync();
        await Root.GetByRole(AriaRole.Button, new() { Name = "Ja, afsluiten" }).ClickAsync();
        await Expect(Root.Locator(".utrecht-alert--ok")).ToContainTextAsync("De bijeenkomst is afgesloten.");
    }

    public async Task<FeedbackPage> OpenFeedbackFormAsync()
    {
        await Root.GetByRole(AriaRole.Link, new() { Name = "Naar het terugkoppelingsformulier" }).ClickAsync();
        var feedback = new FeedbackPage(Page, id);
        await Expect(Page).ToHaveURLAsync(new Regex($"{Regex.Escape(feedback.Path)}$"));
        await Expect(feedback.Heading).ToHaveTextAsync("Terugkoppelingsformulier");
        return feedback;
    }
}

/// <summary>The beamer view (/bijeenkomsten/{id}/beamer) for the room: large type, no navigation.</summary>
public sealed class BeamerPage(IPage page, Guid id, string? path = null) : BasePage(page)
{
    /// <summary>A meeting's by default; a consultation's screen is the same kernel screen at its own address.</summary>
    public override string Path => path ?? $"/bijeenkomsten/{id}/beamer";

    public ILocator Root => Page.Locator(".app-beamer");
    public ILocator CurrentItem => Root.Locator(".app-beamer__item");
    public ILocator Countdown => Root.Locator(".app-beamer__clock .app-countdown");
    public ILocator LargeJoinPanel => Root.Locator(".app-join--large");
    public ILocator CornerJoinPanel => Root.Locator(".app-beamer__footer .app-join");
    public ILocator JoinCode => Root.Locator(".app-join__code [data-code]");
    public ILocator TimedStep => Root.Locator(".app-beamer__step");
    public ILocator Groups => Root.Locator(".app-groups__group");
    public ILocator Columns => Root.Locator(".app-board__column");
    public ILocator Notes => Root.Locator(".app-board .app-note");
    public ILocator PageCount => Root.Locator("[data-board-pages]");
    public ILocator Anonymous => Root.Locator("[data-anonymous]");

    /// <summary>The board column with the given heading, e.g. "Groep 2".</summary>
    public ILocator Column(string title) =>
        Columns.Filter(new() { Has = Page.GetByRole(AriaRole.Heading, new() { Name = title, Exact = true }) });

    public new async Task GotoAsync()
    {
        await Page.GotoAsync(Path);
        await Expect(Root).ToBeVisibleAsync();
    }
}

/// <summary>Typing the join code on a phone (/meedoen).</summary>
public sealed class JoinPage(IPage page) : BasePage(page)
{
    public override string Path => "/meedoen";

    public ILocator Code => Page.Locator("#code");
    public ILocator Submit => Page.Locator("main form button[type=submit]");
    public ILocator Error => Page.Locator(".utrecht-alert[role=alert]");

    /// <summary>Types the code and lands on the host's phone page (a meeting's unless <paramref name="phonePath"/> says otherwise).</summary>
    public async Task<PhonePage> JoinWithCodeAsync(string code, Guid hostId, string? phonePath = null)
    {
        await Code.FillAsync(code);
        await Submit.ClickAsync();
        var phone = new PhonePage(Page, hostId, phonePath);
        await phone.ShouldBeLiveAsync();
        return phone;
    }
}

/// <summary>
/// A member's phone in the meeting (/bijeenkomsten/{id}/meedoen): the current item and its countdown at the top,
/// the note to add, the board below. Rendered on the server, made live by session-live.js over the hub.
/// </summary>
public sealed class PhonePage(IPage page, Guid id, string? path = null) : BasePage(page)
{
    /// <summary>A meeting's by default; a consultation's screen is the same kernel screen at its own address.</summary>
    public override string Path => path ?? $"/bijeenkomsten/{id}/meedoen";

    public ILocator Root => Page.Locator("#live");
    public ILocator ItemOf => Root.Locator("[data-item-of]");
    public ILocator CurrentItem => Root.Locator("[data-item-title]");
    public ILocator Countdown => Root.Locator("[data-countdown] .app-countdown");
    public ILocator TimedStep => Root.Locator("[data-timed-step]");
    public ILocator MyGroup => Root.Locator("[data-my-group]:visible");
    public ILocator NoteText => Root.Locator("#note-text");
    public ILocator AddButton => Root.Locator("[data-add-form] button[type=submit]");
    public ILocator Status => Root.Locator("[data-status]");
    public ILocator Notes => Root.Locator("[data-items] .app-note");
    public ILocator NoteTexts => Root.Locator("[data-items] .app-note__text");
    public ILocator BoardEmpty => Root.Locator("[data-board-empty]");
    public ILocator Anonymous => Root.Locator("[data-anonymous]");

    /// <summary>The way on to the individual action, shown large once the meeting is closed.</summary>
    public ILocator ActionButton => Root.Locator("[data-closed]").GetByRole(AriaRole.Link, new() { Name = "Mijn individuele actie invullen" });

    /// <summary>Waits until the page is shown and its script is connected to the meeting.</summary>
    public async Task ShouldBeLiveAsync()
    {
        await Expect(Page).ToHaveURLAsync(new Regex($"{Regex.Escape(Path)}$"));
        await Expect(Root).ToHaveAttributeAsync("data-connection", "connected");
    }

    public async Task ReloadAsync()
    {
        await Page.ReloadAsync();
        await ShouldBeLiveAsync();
    }

    /// <summary>Types a note and puts it on the board; waits until it is on this phone's board and the field is empty.</summary>
    public async Task AddNoteAsync(string text)
    {
        await NoteText.FillAsync(text);
        await AddButton.ClickAsync();
        await Expect(NoteTexts.Filter(new() { HasText = text })).ToHaveCountAsync(1);
        await Expect(NoteText).ToHaveValueAsync("");
    }

    public async Task<MyActionPage> OpenMyActionAsync()
    {
        await ActionButton.ClickAsync();
        var action = new MyActionPage(Page, id);
        await Expect(Page).ToHaveURLAsync(new Regex($"{Regex.Escape(action.Path)}$"));
        await Expect(action.Text).ToBeVisibleAsync();
        return action;
    }
}

/// <summary>A member's individual action after the meeting (/bijeenkomsten/{id}/mijn-actie).</summary>
public sealed class MyActionPage(IPage page, Guid id) : BasePage(page)
{
    public override string Path => $"/bijeenkomsten/{id}/mijn-actie";

    public ILocator Text => Page.Locator("#action-text");
    public ILocator RatingOptions => Page.Locator(".app-rating input[type=radio]");
    public ILocator Save => Page.Locator("main form button[type=submit]");
    public ILocator Saved => Page.Locator(".utrecht-alert--ok");

    public ILocator Rating(int value) => Page.Locator($".app-rating label[for='Input-Rating-{value}']");

    public async Task FillInAsync(string action, int rating)
    {
        await Text.FillAsync(action);
        await Rating(rating).ClickAsync();
        await Expect(Page.Locator($"#Input-Rating-{rating}")).ToBeCheckedAsync();
        await Save.ClickAsync();
        await Expect(Saved).ToContainTextAsync("opgeslagen");
    }
}

/// <summary>The feedback form the facilitator sends to the team leader (/bijeenkomsten/{id}/terugkoppeling).</summary>
public sealed class FeedbackPage(IPage page, Guid id) : BasePage(page)
{
    public override string Path => $"/bijeenkomsten/{id}/terugkoppeling";

    /// <summary>The statements on the form's scale (the attendance and open questions are other fields).</summary>
    public ILocator Statements => Page.Locator("fieldset[data-question]").Filter(new() { Has = Page.Locator(".app-rating__options") });
    public ILocator Send => Page.GetByRole(AriaRole.Button, new() { Name = "Versturen" });
    public ILocator Sent => Page.Locator(".utrecht-alert--ok");

    public ILocator Present(string name) => Page.GetByLabel(name, new() { Exact = true });

    /// <summary>Scores every statement with the given score (1-4) and sends the form to the preselected coordinator.</summary>
    public async Task ScoreAllAndSendAsync(int score)
    {
        foreach (var statement in await Statements.AllAsync())
            await statement.Locator("label").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex($"^{score} ") }).ClickAsync();
        await Send.ClickAsync();
        await Expect(Sent).ToContainTextAsync("Het formulier is verstuurd.");
    }
}

/// <summary>Typing in a meeting held on paper (/bijeenkomsten/{id}/op-papier).</summary>
public sealed class PaperMeetingPage(IPage page, Guid id) : BasePage(page)
{
    public override string Path => $"/bijeenkomsten/{id}/op-papier";

    public ILocator Step(int index) => Page.Locator($"#step-{index}");
    public ILocator Submit => Page.GetByRole(AriaRole.Button, new() { Name = "Bijeenkomst invoeren en afsluiten" });
}

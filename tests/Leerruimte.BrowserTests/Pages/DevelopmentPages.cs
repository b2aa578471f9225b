using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Leerruimte.BrowserTests.Pages;

/// <summary>The competence meter's start page (/meter): start a measurement, the list of one's own measurements.</summary>
public sealed partial class MeterHomePage(IPage page) : BasePage(page)
{
    public override string Path => "/meter";

    public ILocator Instrument => Page.Locator("#instrument");
    public ILocator Kind => Page.Locator("#kind");
    public ILocator Start => Page.GetByRole(AriaRole.Button, new() { Name = "Meting beginnen" });
    public ILocator Measurements => Page.Locator("main .app-card");

    /// <summary>Starts a measurement of <paramref name="instrument"/> (kind Pre, Post or Free) and returns its first part.</summary>
    public async Task<MeasurementPage> StartAsync(string instrument, string kind)
    {
        await Instrument.SelectOptionAsync(instrument);
        await Kind.SelectOptionAsync(kind);
        await Start.ClickAsync();
        await Expect(Page).ToHaveURLAsync(MeasurementAddress());
        var measurement = new MeasurementPage(Page, Guid.Parse(MeasurementAddress().Match(Page.Url).Groups[1].Value));
        await Expect(measurement.Step).ToHaveTextAsync(new Regex("^Deel 1 van "));
        return measurement;
    }

    /// <summary>Follows the card of a measurement in the list, as someone coming back to it does.</summary>
    public async Task<MeasurementPage> OpenAsync(Guid id)
    {
        await Page.Locator($"main .app-card a[href='/meter/metingen/{id}']").ClickAsync();
        var measurement = new MeasurementPage(Page, id);
        await Expect(Page).ToHaveURLAsync(new Regex($"{Regex.Escape(measurement.Path)}$"));
        return measurement;
    }

    [GeneratedRegex("/meter/metingen/([0-9a-f-]{36})$")]
    private static partial Regex MeasurementAddress();
}

/// <summary>
/// One measurement (/meter/metingen/{id}): while open, one cluster of statements at a time with a radio group per
/// statement; once finished, the results (clusters, strongest and weakest, the change since the previous one).
/// </summary>
public sealed class MeasurementPage(IPage page, Guid id) : BasePage(page)
{
    public Guid Id => id;
    public override string Path => $"/meter/metingen/{id}";

    public ILocator Form => Page.Locator("main form").Filter(new() { Has = Page.Locator("input[name=_handler][value=scores]") });
    public ILocator Step => Page.Locator("main p").Filter(new() { HasTextRegex = new Regex("^Deel \\d+ van \\d+") });
    public ILocator ClusterHeading => Form.Locator("h2");
    public ILocator Statements => Form.Locator("fieldset.app-statement-field");
    public ILocator Saved => Page.Locator("main .utrecht-alert--ok");
    public ILocator Error => Page.Locator("main .utrecht-alert[role=alert]");

    public ILocator Radio(string statement, int value) => Page.Locator($"input[type=radio][id='s-{statement}-{value}']");
    public ILocator Option(string statement, int value) => Page.Locator($"label[for='s-{statement}-{value}']");

    public ILocator Back => Page.Locator("button[name=go][value=back]");
    public ILocator Next => Page.Locator("button[name=go][value=next]");
    public ILocator SaveForLater => Page.Locator("button[name=go][value=save]");
    public ILocator Finish => Page.Locator("button[name=go][value=finish]");

    // Results
    public ILocator ClusterTable => Page.Locator("section[aria-labelledby=clusters] table");
    public ILocator Strongest => TopList("Mijn krachten");
    public ILocator Weakest => TopList("Mijn uitdagingen");
    public ILocator TiesExplained => Page.GetByText("Stellingen met dezelfde score staan op een gedeelde plaats");
    public ILocator Change => Page.Locator("section[aria-labelledby=change]");
    public ILocator Chart => Change.Locator(".app-chart");

    /// <summary>How long the before and after bars of a cluster are drawn, each as a share of the full length.</summary>
    public Task<double[]> BarLengthsAsync(string cluster) =>
        Chart.Locator(".app-chart__row").Filter(new() { HasText = cluster }).First.Locator(".app-chart__bar")
            .EvaluateAllAsync<double[]>("bars => bars.map(b => b.firstElementChild.getBoundingClientRect().width / b.getBoundingClientRect().width)");
    public ILocator ChangeTable => Change.Locator("table");
    public ILocator PrintLink => Page.GetByRole(AriaRole.Link, new() { Name = "Afdrukken met ontwikkelplan" });
    public SharePanel Share => new(Page);

    public ILocator TopList(string title) =>
        Page.Locator("main section.app-panel").Filter(new() { Has = Page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^" + Regex.Escape(title)) }) });

    /// <summary>The entry of a statement in a top list.</summary>
    public static ILocator Entry(ILocator list, string statementText) => list.Locator("li").Filter(new() { HasText = statementText });

    /// <summary>The statement ids of the cluster on screen, in order.</summary>
    public Task<string[]> StatementIdsAsync() =>
        Statements.Locator("input[type=radio][value='1']").EvaluateAllAsync<string[]>("radios => radios.map(r => r.name.slice('score-'.length))");

    /// <summary>Clicks the box of a score, as a reader does (the radio itself is under its label).</summary>
    public async Task ScoreAsync(string statement, int value)
    {
        await Option(statement, value).ClickAsync();
        await Expect(Radio(statement, value)).ToBeCheckedAsync();
    }

    /// <summary>Scores the statements of the cluster on screen; statements for which <paramref name="score"/> gives null stay open.</summary>
    public async Task<int> ScoreClusterAsync(Func<string, int?> score)
    {
        var scored = 0;
        foreach (var statement in await StatementIdsAsync())
        {
            if (score(statement) is not { } value) continue;
            await ScoreAsync(statement, value);
            scored++;
        }
        return scored;
    }

    public async Task NextAsync()
    {
        var before = await Step.InnerTextAsync();
        var number = int.Parse(Regex.Match(before, "^Deel (\\d+)").Groups[1].Value);
        await Next.ClickAsync();
        await Expect(Step).ToHaveTextAsync(new Regex($"^Deel {number + 1} van "));
    }

    public async Task BackAsync()
    {
        var before = await Step.InnerTextAsync();
        var number = int.Parse(Regex.Match(before, "^Deel (\\d+)").Groups[1].Value);
        await Back.ClickAsync();
        await Expect(Step).ToHaveTextAsync(new Regex($"^Deel {number - 1} van "));
    }

    public async Task SaveForLaterAsync()
    {
        await SubmitAsync(SaveForLater);
        await Expect(Saved).ToContainTextAsync("Opgeslagen");
    }

    /// <summary>Scores every remaining cluster, moving on with Volgende, and finishes: the results are shown.</summary>
    public async Task FillTheRestAndFinishAsync(Func<string, int> score)
    {
        while (true)
        {
            await ScoreClusterAsync(s => score(s));
            if (await Finish.CountAsync() > 0) break;
            await NextAsync();
        }
        await Finish.ClickAsync();
        await Expect(Saved).ToContainTextAsync("Je meting is afgerond");
        await Expect(ClusterTable).ToBeVisibleAsync();
    }

    /// <summary>Follows "Maak hier een ontwikkelpunt van" beside a statement in a top list.</summary>
    public async Task<PointPage> MakePointFromAsync(ILocator list, string statementText)
    {
        await Entry(list, statementText).GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Maak hier een ontwikkelpunt van") }).ClickAsync();
        var point = new PointPage(Page);
        await Expect(Page).ToHaveURLAsync(new Regex("/ontwikkelplan/nieuw\\?meting=.+&stelling=.+$"));
        await Expect(point.Title).ToHaveValueAsync(statementText);
        return point;
    }

    public async Task<MeasurementPrintPage> OpenPrintViewAsync()
    {
        await PrintLink.ClickAsync();
        var print = new MeasurementPrintPage(Page, id);
        await Expect(Page).ToHaveURLAsync(new Regex($"{Regex.Escape(print.Path)}$"));
        return print;
    }
}

/// <summary>The panel "Delen" under a measurement, plan, reflection or activity.</summary>
public sealed class SharePanel(IPage page)
{
    public ILocator Root => page.Locator("section.app-share");
    public ILocator With => Root.GetByLabel("Delen met", new() { Exact = true });
    public ILocator Button => Root.GetByRole(AriaRole.Button, new() { Name = "Delen", Exact = true });
    public ILocator Recipients => Root.Locator(".app-notification");

    public ILocator People => Root.Locator("fieldset").Filter(new() { Has = page.GetByText("Met een persoon delen", new() { Exact = true }) });
    public ILocator TeamCount => Root.Locator("fieldset").Filter(new() { Has = page.GetByText("Anoniem meetellen in het teamoverzicht", new() { Exact = true }) });
    public ILocator WithEvidence => Root.GetByLabel("Ook mijn bewijsstukken (bestanden) laten zien");

    /// <summary>Chooses the person by name (the list shows "name – role") and shares.</summary>
    public async Task ShareWithAsync(string name)
    {
        var value = await With.Locator("option").Filter(new() { HasText = name + " – " }).GetAttributeAsync("value");
        await With.SelectOptionAsync(value!);
        await Button.ClickAsync();
        await Expect(Recipients.Filter(new() { HasText = name })).ToHaveCountAsync(1);
    }

    /// <summary>Lets the item count, anonymously, in this team's overview.</summary>
    public async Task CountInTeamAsync(string team)
    {
        await TeamCount.GetByLabel(team, new() { Exact = true }).CheckAsync();
        await TeamCount.GetByRole(AriaRole.Button, new() { Name = "Laten meetellen" }).ClickAsync();
        await Expect(Recipients.Filter(new() { HasText = $"Meetellen in het teamoverzicht van {team} (anoniem)" })).ToHaveCountAsync(1);
    }
}

/// <summary>A measurement on paper, with the open points of the development plan (/meter/metingen/{id}/afdrukken).</summary>
public sealed class MeasurementPrintPage(IPage page, Guid id) : BasePage(page)
{
    public override string Path => $"/meter/metingen/{id}/afdrukken";

    public ILocator Toolbar => Page.Locator(".app-print__toolbar");
    public ILocator Sheets => Page.Locator(".app-sheet");
    public ILocator Change => Page.Locator("section[aria-labelledby=change]");
}

/// <summary>The development plan (/ontwikkelplan): a card per point with its SMART badges.</summary>
public sealed class PlanPage(IPage page) : BasePage(page)
{
    public override string Path => "/ontwikkelplan";

    public ILocator PrintLink => Page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Afdrukken", Exact = true });

    public ILocator Points => Page.Locator("main .app-card");
    public ILocator Point(string title) => Points.Filter(new() { HasText = title });
}

/// <summary>A development point, new (/ontwikkelplan/nieuw) or saved (/ontwikkelplan/{id}), with the SMART check beside it.</summary>
public sealed partial class PointPage(IPage page) : BasePage(page)
{
    public override string Path => "/ontwikkelplan/nieuw";

    public ILocator Title => Page.Locator("#title");
    public ILocator Goal => Page.Locator("#goal");
    public ILocator Motivation => Page.Locator("#motivation");
    public ILocator Needs => Page.Locator("#needs");
    public ILocator FirstStep => Page.Locator("#first-step");
    public ILocator TargetDate => Page.Locator("#target-date");
    public ILocator Route(string name) => Page.GetByLabel(name, new() { Exact = true });
    public ILocator Save => Page.Locator("main form").Filter(new() { Has = Page.Locator("#title") }).GetByRole(AriaRole.Button, new() { Name = "Opslaan" });
    public ILocator Saved => Page.Locator("main .utrecht-alert--ok");
    public ILocator Error => Page.Locator("main .utrecht-alert[role=alert]");
    public ILocator ValidationMessages => Page.Locator("main .validation-message");
    public ILocator FromStatement => Page.Locator("main p.app-lead");

    public ILocator Smart => Page.Locator("aside").Filter(new() { Has = Page.GetByRole(AriaRole.Heading, new() { Name = "Is het SMART?" }) });
    public ILocator SmartHints => Smart.Locator("li");
    public ILocator SmartMet => Smart.Locator("li.app-smart-list__met");
    public ILocator SmartLetter(char letter) => Smart.Locator($"li[data-smart-letter={letter}]");
    public Task<string?> SmartRulesAsync() => Smart.GetAttributeAsync("data-smart-rules");

    public ILocator Status => Page.Locator("#status");
    public ILocator StatusNote => Page.Locator("#status-note");
    public ILocator ChangeStatus => Page.GetByRole(AriaRole.Button, new() { Name = "Voortgang bijwerken" });
    public ILocator History => Page.Locator("main h3:has-text('Verloop') + ul li");

    /// <summary>The id of the saved point, from the address.</summary>
    public Guid Id => Guid.Parse(SavedAddress().Match(Page.Url).Groups[1].Value);

    /// <summary>Saves the form; a new point moves to its own address.</summary>
    public async Task SaveAsync()
    {
        await SubmitAsync(Save);
        await Expect(Page).ToHaveURLAsync(SavedAddress());
        await Expect(Saved).ToContainTextAsync("Opgeslagen");
    }

    public async Task ChangeStatusAsync(string status, string note)
    {
        await Status.SelectOptionAsync(new SelectOptionValue { Label = status });
        await StatusNote.FillAsync(note);
        await ChangeStatus.ClickAsync();
        await Expect(History.Filter(new() { HasText = $"{status} – {note}" })).ToHaveCountAsync(1);
    }

    [GeneratedRegex("/ontwikkelplan/([0-9a-f-]{36})(\\?.*)?$")]
    private static partial Regex SavedAddress();
}

/// <summary>The learning log (/leerlogboek): reflection hours per period, reflections and activities.</summary>
public sealed class LogPage(IPage page) : BasePage(page)
{
    public override string Path => "/leerlogboek";

    public SharePanel Share => new(Page);

    public ILocator HoursTable => Page.Locator("section[aria-labelledby=uren] table");
    public ILocator Reflections => Page.Locator("section[aria-labelledby=reflecties] .app-card");
    public ILocator Activities => Page.Locator("section[aria-labelledby=activiteiten] .app-card");
    public ILocator PrintButton => Page.GetByRole(AriaRole.Button, new() { Name = "Afdrukken", Exact = true });
    public ILocator NewReflection => Page.GetByRole(AriaRole.Link, new() { Name = "Nieuwe reflectie (STAR)" });
    public ILocator NewActivity => Page.GetByRole(AriaRole.Link, new() { Name = "Leeractiviteit toevoegen" });

    /// <summary>The row of the hours table for a period ("2026" or "2026 K3").</summary>
    public ILocator HoursRow(string period) =>
        HoursTable.Locator("tbody tr").Filter(new() { Has = Page.Locator("th", new() { HasTextRegex = new Regex($"^{Regex.Escape(period)}$") }) });

    public async Task<NewReflectionPage> OpenNewReflectionAsync()
    {
        await NewReflection.ClickAsync();
        var form = new NewReflectionPage(Page);
        await Expect(Page).ToHaveURLAsync(new Regex($"{Regex.Escape(form.Path)}$"));
        return form;
    }

    public async Task<NewActivityPage> OpenNewActivityAsync()
    {
        await NewActivity.ClickAsync();
        var form = new NewActivityPage(Page);
        await Expect(Page).ToHaveURLAsync(new Regex($"{Regex.Escape(form.Path)}$"));
        return form;
    }
}

/// <summary>A new STAR reflection (/leerlogboek/reflecties/nieuw).</summary>
public sealed class NewReflectionPage(IPage page) : BasePage(page)
{
    public override string Path => "/leerlogboek/reflecties/nieuw";

    public ILocator Date => Page.Locator("#date");
    public ILocator Situation => Page.Locator("#situation");
    public ILocator Task => Page.Locator("#task");
    public ILocator Action => Page.Locator("#star-action");
    public ILocator Result => Page.Locator("#result");
    public ILocator Lessons => Page.Locator("#lessons");
    public ILocator Point => Page.Locator("#point");
    public ILocator Save => Page.Locator("main form").GetByRole(AriaRole.Button, new() { Name = "Opslaan" });
    public ILocator ValidationMessages => Page.Locator("main .validation-message");
}

/// <summary>A new learning activity with an optional evidence file (/leerlogboek/activiteiten/nieuw).</summary>
public sealed class NewActivityPage(IPage page) : BasePage(page)
{
    public override string Path => "/leerlogboek/activiteiten/nieuw";

    public ILocator Title => Page.Locator("#title");
    public ILocator Date => Page.Locator("#date");
    public ILocator Minutes => Page.Locator("#minutes");
    public ILocator Category => Page.Locator("#category");
    public ILocator Kind => Page.Locator("#kind");
    public ILocator Notes => Page.Locator("#notes");
    public ILocator Point => Page.Locator("#point");
    public ILocator Evidence => Page.Locator("#evidence");
    public ILocator Save => Page.Locator("main form").GetByRole(AriaRole.Button, new() { Name = "Opslaan" });
    public ILocator Error => Page.Locator("main .utrecht-alert[role=alert]");
    public ILocator ValidationMessages => Page.Locator("main .validation-message");
}

/// <summary>What colleagues shared with me (/gedeeld).</summary>
public sealed class SharedWithMePage(IPage page) : BasePage(page)
{
    public override string Path => "/gedeeld";

    public ILocator Items => Page.Locator("main .app-card");
}

/// <summary>The development plan on A4 (/ontwikkelplan/afdrukken).</summary>
public sealed class PlanPrintPage(IPage page) : BasePage(page)
{
    public override string Path => "/ontwikkelplan/afdrukken";

    public ILocator Toolbar => Page.Locator(".app-print__toolbar");
    public ILocator Points => Page.Locator(".app-sheet .app-plan-point");
}

/// <summary>Someone's whole learning log as the person it is shared with reads it (/gedeeld/leerlogboek/{owner}).</summary>
public sealed class SharedLogPage(IPage page, string path) : BasePage(page)
{
    public override string Path => path;

    public ILocator HoursTable => Page.Locator("section[aria-labelledby=uren] table");
    public ILocator Reflections => Page.Locator("section[aria-labelledby=reflecties] .app-card");
}

/// <summary>/mijn-gegevens: the export, what is shared with whom, and deleting all development data.</summary>
public sealed class PersonalDataPage(IPage page) : BasePage(page)
{
    public override string Path => "/mijn-gegevens";

    public ILocator Download => Page.GetByRole(AriaRole.Link, new() { Name = "Alles downloaden (zip)" });
    public ILocator DeleteAll => Page.Locator("summary").Filter(new() { HasText = "Alles van mijn ontwikkeling verwijderen" });
    public ILocator Confirm => Page.GetByLabel("Ik begrijp dat dit alles definitief weg is.");
    public ILocator DeleteForGood => Page.GetByRole(AriaRole.Button, new() { Name = "Ja, alles definitief verwijderen" });
    public ILocator Deleted => Page.Locator("#deleted li");
}

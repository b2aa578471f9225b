using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Leerruimte.BrowserTests.RolePlays;

/// <summary>
/// Issue 12, item 9: module 3's role play as an estafette in a real browser. The trainer gives the parts in the console,
/// a client actor, three conversation leaders and three observers follow on their phones, the floor passes twice on the
/// trainer's signal and every phone says who has it; a case stage released from the console reaches the phones; axe on
/// every screen.
/// </summary>
public sealed class EstafetteTests(BrowserSuite suite, ITestOutputHelper output) : BrowserTest(suite, output)
{
    private static readonly LocatorAssertionsToHaveTextOptions Soon = new() { Timeout = 10_000 };
    private static readonly LocatorAssertionsToContainTextOptions SoonContains = new() { Timeout = 10_000 };
    private static readonly ViewportSize Beamer = new() { Width = 1920, Height = 1080 };

    private const string Client = "aylin@lindenhaven.example";
    private static readonly string[] Leaders = ["priya@lindenhaven.example", "kees@lindenhaven.example", "bram@lindenhaven.example"];
    private static readonly string[] LeaderNames = ["Priya Ramdin", "Kees Jansen", "Bram Hoekstra"];
    private static readonly string[] Observers = ["joost@lindenhaven.example", "sanne@lindenhaven.example", "youssef@lindenhaven.example"];

    private sealed class Screen(IPage page) : BasePage(page)
    {
        public override string Path => new Uri(Page.Url).AbsolutePath;
    }

    private async Task<IPage> StartModule3Async()
    {
        var trainer = await NewPageSignedInAsAsync(DemoAccounts.Trainer, Beamer);
        await trainer.GotoAsync("/trainingen/groepen");
        await trainer.GetByRole(AriaRole.Link, new() { Name = "Het Gesprek – groep Lindenhaven" }).ClickAsync();
        await trainer.GetByRole(AriaRole.Link, new() { Name = "Module 3: Het gesprek II" }).ClickAsync();
        await trainer.GetByRole(AriaRole.Link, new() { Name = "Begeleidersscherm openen" }).ClickAsync();
        await trainer.WaitForURLAsync("**/console");
        await trainer.GetByRole(AriaRole.Button, new() { Name = "Bijeenkomst beginnen" }).ClickAsync();
        await Expect(trainer.Locator(".app-console__clock")).ToBeVisibleAsync();
        return trainer;
    }

    private static ILocator Part(IPage phone) => phone.Locator("[data-host-part=role-play] [data-my-role]");

    [Fact]
    public async Task The_floor_passes_twice_in_an_estafette_and_every_phone_says_whose_turn_it_is()
    {
        var trainer = await StartModule3Async();
        var session = new Uri(trainer.Url).AbsolutePath.Split('/')[3];
        var phones = new Dictionary<string, IPage>();
        foreach (var email in new[] { Client }.Concat(Leaders).Concat(Observers))
        {
            var phone = await NewPageSignedInAsAsync(email, Phone);
            await phone.GotoAsync($"/trainingen/bijeenkomsten/{session}/meedoen");
            await Expect(phone.Locator("#live")).ToHaveAttributeAsync("data-connection", "connected");
            phones[email] = phone;
        }
        // Item 3 live: the trainer releases Johan's module-3 stage from the console and it shows on a phone at once.
        await Expect(phones[Observers[0]].Locator("[data-stage='johan/tweede-gesprek']")).ToHaveCountAsync(0);
        await trainer.Locator("[data-release='johan/tweede-gesprek'] button").ClickAsync();
        await Expect(phones[Observers[0]].Locator("[data-stage='johan/tweede-gesprek']")).ToHaveCountAsync(1, new() { Timeout = 10_000 });
        await Expect(trainer.Locator("[data-release='johan/tweede-gesprek']")).ToContainTextAsync("vrijgegeven");

        await trainer.GetByRole(AriaRole.Button, new() { Name = "Rollenspel met Emma of Johan" }).ClickAsync();
        await Expect(trainer.Locator("#role-play-panel")).ToBeVisibleAsync();
        await Expect(trainer.Locator("[data-part-of]")).ToHaveCountAsync(7);
        await trainer.Locator("#role-play-case").SelectOptionAsync("johan");
        await trainer.GetByLabel("Aylin Yılmaz: rol").SelectOptionAsync("client");
        for (var i = 0; i < 3; i++) await trainer.GetByLabel($"{LeaderNames[i]}: rol").SelectOptionAsync($"leader-{i + 1}");
        await Accessibility.CheckAsync(new Screen(trainer), "training console, giving the parts");
        await Screenshots.TakeAsync(trainer, "role-play-console-parts");
        await trainer.GetByRole(AriaRole.Button, new() { Name = "Ronde klaarzetten" }).ClickAsync();

        await Expect(Part(phones[Leaders[1]])).ToHaveTextAsync("Jij bent gespreksvoerder 2 van 3.", Soon);
        await Expect(Part(phones[Observers[0]])).ToHaveTextAsync("Jij observeert. Vul het formulier in voor elke gespreksvoerder.", Soon);
        await Expect(Part(phones[Client])).ToHaveTextAsync("Jij speelt de burger. Je rolkaart staat bij de casussen.", Soon);

        await trainer.GetByRole(AriaRole.Button, new() { Name = "Start het gesprek" }).ClickAsync();
        await Expect(Part(phones[Leaders[0]])).ToHaveTextAsync("Jij bent nu aan het woord.", Soon);
        await Expect(Part(phones[Leaders[1]])).ToHaveTextAsync("Jij bent de volgende gespreksvoerder. Maak je klaar.", Soon);
        await Expect(phones[Observers[2]].Locator("[data-current-leader]")).ToContainTextAsync(LeaderNames[0], SoonContains);
        await Accessibility.CheckAsync(new Screen(phones[Observers[2]]), "observer's phone, first leader");
        await Screenshots.TakeAsync(phones[Observers[2]], "role-play-observer-phone");
        await Screenshots.TakeAsync(phones[Leaders[0]], "role-play-leader-phone");

        for (var turn = 1; turn < 3; turn++)
        {
            await trainer.GetByRole(AriaRole.Button, new() { Name = $"Volgende gespreksvoerder: {LeaderNames[turn]}" }).ClickAsync();
            await Expect(Part(phones[Leaders[turn]])).ToHaveTextAsync("Jij bent nu aan het woord.", Soon);
            await Expect(Part(phones[Leaders[turn - 1]])).ToHaveTextAsync($"Jij bent gespreksvoerder {turn} van 3.", Soon);
            foreach (var observer in Observers)
                await Expect(phones[observer].Locator("[data-current-leader]")).ToContainTextAsync($"{LeaderNames[turn]} (gespreksvoerder {turn + 1} van 3)", SoonContains);
        }
        await Expect(phones[Observers[0]].Locator("[data-form-about]")).ToHaveCountAsync(3);
        await Accessibility.CheckAsync(new Screen(phones[Leaders[2]]), "last leader's phone");
        await Accessibility.CheckAsync(new Screen(trainer), "training console, last leader");
        await Screenshots.TakeAsync(trainer, "role-play-console-running", fullPage: false);
        var beamer = await NewPageSignedInAsAsync(DemoAccounts.Trainer, Beamer);
        await beamer.GotoAsync($"/trainingen/bijeenkomsten/{session}/beamer");
        await Expect(beamer.Locator(".app-beamer__floor")).ToContainTextAsync(LeaderNames[2], SoonContains);
        await Accessibility.CheckAsync(new Screen(beamer), "training beamer, role play");
        await Screenshots.TakeAsync(beamer, "role-play-beamer", fullPage: false);

        await trainer.GetByRole(AriaRole.Button, new() { Name = "Ronde afronden" }).ClickAsync();
        await Expect(Part(phones[Observers[1]])).ToHaveTextAsync("Deze ronde is klaar. Vul je formulieren in als je dat nog niet deed.", Soon);

        // Every observer, the client actor and the last leader fill in the form about the last leader, from their phones.
        var last = await ObservedAsync(phones, Observers.Append(Client).Append(Leaders[2]));
        await Screenshots.TakeAsync(last, "role-play-observation-form");

        var leader = phones[Leaders[2]];
        await leader.GotoAsync($"/trainingen/bijeenkomsten/{session}/meedoen");
        await leader.Locator("[data-my-feedback]").ClickAsync();
        await Expect(leader.Locator("h1")).ToHaveTextAsync($"Feedback voor {LeaderNames[2]}, ronde 1");
        await Expect(leader.GetByText("3 van 3 observatoren hebben hun formulier verstuurd.")).ToBeVisibleAsync();
        await Expect(leader.Locator("td", new() { HasText = "3 van 3" }).First).ToBeVisibleAsync();
        await Expect(leader.GetByText("Rustig en helder begonnen")).ToHaveCountAsync(5); // own view, client, three observers
        await Accessibility.CheckAsync(new Screen(leader), "combined feedback on a phone");
        await Screenshots.TakeAsync(leader, "role-play-feedback-phone");
        Accessibility.ShouldHaveFoundNoSeriousViolations();
    }

    /// <summary>Each of these people opens, from their phone, the form about the round's last leader, ticks its first checkpoint, writes a remark and sends it.</summary>
    private async Task<IPage> ObservedAsync(Dictionary<string, IPage> phones, IEnumerable<string> who)
    {
        IPage page = default!;
        foreach (var email in who)
        {
            page = phones[email];
            var about = email == Leaders[2] ? page.Locator("[data-form-about]") : page.Locator("[data-form-about]").Nth(2);
            await about.ClickAsync();
            await Expect(page.Locator("h1")).ToContainTextAsync(LeaderNames[2]);
            await page.Locator("form[data-autosave] input[type=checkbox]").First.CheckAsync();
            await page.Locator("form[data-autosave] textarea").Last.FillAsync("Rustig en helder begonnen");
            if (email == Observers[0]) await Accessibility.CheckAsync(new Screen(page), "observation form on a phone");
            await page.GetByRole(AriaRole.Button, new() { Name = "Klaar, versturen" }).ClickAsync();
            await Expect(page.GetByText("Je formulier is verstuurd. Dank je wel.")).ToBeVisibleAsync();
        }
        return page;
    }
}

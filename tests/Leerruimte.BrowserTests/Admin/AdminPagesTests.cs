using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Leerruimte.BrowserTests.Admin;

public sealed class AdminPagesTests(BrowserSuite suite, ITestOutputHelper output) : BrowserTest(suite, output)
{
    [Fact]
    public async Task The_admin_pages_pass_axe()
    {
        var page = await NewPageSignedInAsAsync(DemoAccounts.Admin);

        var admin = new AdminPage(page);
        await admin.GotoAsync();
        await Expect(admin.SectionLinks).ToHaveCountAsync(4);
        await Accessibility.CheckAsync(admin);

        var teams = new TeamsPage(page);
        await teams.GotoAsync();
        await Accessibility.CheckAsync(teams);
        await Accessibility.CheckAsync(await teams.OpenTeamAsync("Wijkteam Noord"));

        var people = new PeoplePage(page);
        await people.GotoAsync();
        await Accessibility.CheckAsync(people);
        await Accessibility.CheckAsync(await people.OpenPersonAsync(DemoAccounts.MemberName));

        foreach (var address in new[] { "/beheer/mensen/nieuw", "/beheer/inhoud", "/beheer/outbox" })
        {
            var other = new AppPage(page, address);
            await other.GotoAsync();
            await Accessibility.CheckAsync(other);
        }

        Accessibility.ShouldHaveFoundNoSeriousViolations();
    }
}

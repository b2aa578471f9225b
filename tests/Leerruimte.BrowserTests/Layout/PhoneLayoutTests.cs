using Xunit.Abstractions;

namespace Leerruimte.BrowserTests.Layout;

public sealed class PhoneLayoutTests(BrowserSuite suite, ITestOutputHelper output) : BrowserTest(suite, output)
{
    public static TheoryData<string> Modules() => [.. ShippedModules.All];

    [Theory]
    [MemberData(nameof(Modules))]
    public async Task Every_part_of_a_module_fits_a_phone_screen_without_horizontal_scrolling_and_passes_axe_there(string module)
    {
        var page = await NewPageSignedInAsAsync(DemoAccounts.Facilitator, Phone);
        var tooWide = new List<string>();
        foreach (var part in ModulePart.ForEveryone.Append(ModulePart.Facilitator))
        {
            var modulePage = new ModulePage(page, module, part);
            await modulePage.GotoAsync();
            var fit = await modulePage.HorizontalFitAsync();
            if (!fit.Fits) tooWide.Add($"{modulePage.Path}: {fit}");
            await Accessibility.CheckAsync(modulePage, "phone");
        }
        Assert.True(tooWide.Count == 0, $"Pages that scroll sideways on a {Phone.Width}px phone:{Environment.NewLine}{string.Join(Environment.NewLine, tooWide)}");
        Accessibility.ShouldHaveFoundNoSeriousViolations();
    }

    [Fact]
    public async Task The_start_page_catalogue_reference_and_print_views_fit_a_phone_screen()
    {
        var page = await NewPageSignedInAsAsync(DemoAccounts.Facilitator, Phone);
        var tooWide = new List<string>();
        string[] addresses =
        [
            "/", "/modules", "/naslag",
            $"/modules/{ShippedModules.OwnStrength}/afdrukken/{Handouts.All}",
            $"/modules/{ShippedModules.OwnStrength}/afdrukken/{Handouts.Script}",
            $"/modules/{ShippedModules.OwnStrength}/afdrukken/{Handouts.FeedbackForm}",
        ];
        foreach (var address in addresses)
        {
            var screen = new AppPage(page, address);
            await screen.GotoAsync();
            var fit = await screen.HorizontalFitAsync();
            if (!fit.Fits) tooWide.Add($"{address}: {fit}");
        }
        Assert.True(tooWide.Count == 0, $"Pages that scroll sideways on a {Phone.Width}px phone:{Environment.NewLine}{string.Join(Environment.NewLine, tooWide)}");
    }

    [Fact]
    public async Task The_login_page_fits_a_phone_screen_and_passes_axe_there()
    {
        var page = await NewPageAsync(Phone);
        var login = new LoginPage(page);
        await login.GotoAsync();
        var fit = await login.HorizontalFitAsync();
        Assert.True(fit.Fits, fit.ToString());
        await Accessibility.CheckAsync(login, "phone");
        Accessibility.ShouldHaveFoundNoSeriousViolations();
    }
}

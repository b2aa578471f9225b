using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Leerruimte.BrowserTests.Development;

/// <summary>A measurement on a phone: the work first (the first statement on the first screen), the news first (the change on top of the results).</summary>
public sealed class MeasurementOnAPhoneTests(BrowserSuite suite, ITestOutputHelper output) : BrowserTest(suite, output)
{
    private const string Instrument = "competentiemeter-het-gesprek";
    private static readonly ViewportSize Phone390 = new() { Width = 390, Height = 844 };

    [Fact]
    public async Task On_a_phone_the_first_statement_is_on_the_first_screen_and_the_results_open_with_the_change()
    {
        var phone = await NewPageSignedInAsAsync("esther@lindenhaven.example", Phone390);
        var home = new MeterHomePage(phone);
        await home.GotoAsync();
        var pre = await home.StartAsync(Instrument, "Pre");
        await FirstStatementShouldBeOnTheFirstScreenAsync(pre);
        await Accessibility.CheckAsync(pre, "390x844, first part of a pre-measurement");
        await pre.FillTheRestAndFinishAsync(_ => 3);

        await home.GotoAsync();
        var post = await home.StartAsync(Instrument, "Post");
        await FirstStatementShouldBeOnTheFirstScreenAsync(post);
        await post.FillTheRestAndFinishAsync(s => s == "sociale-kaart" ? 5 : 4);

        var change = await TopAsync(post.Change);
        Assert.True(change < await TopAsync(post.ClusterTable), "the change comes before the clusters");
        Assert.True(change < await TopAsync(post.Strongest), "the change comes before the strongest statements");
        Assert.True(change < await TopAsync(post.Weakest), "the change comes before the weakest statements");
        Assert.True(change < Phone390.Height, $"the change starts on the first screen, not at {change}px");
        await Accessibility.CheckAsync(post, "390x844, results with the change on top");
        await Screenshots.TakeAsync(phone, "meter-phone-390-results-post");
        Accessibility.ShouldHaveFoundNoSeriousViolations();
    }

    private async Task FirstStatementShouldBeOnTheFirstScreenAsync(MeasurementPage measurement)
    {
        var first = measurement.Statements.First;
        await Expect(first).ToBeVisibleAsync();
        await Screenshots.TakeAsync(measurement.Page, "meter-phone-390-first-part");
        var bottom = await first.EvaluateAsync<double>("e => e.getBoundingClientRect().bottom + window.scrollY");
        Assert.True(bottom <= Phone390.Height, $"the first statement ends at {bottom}px, below the first screen of {Phone390.Height}px");
    }

    private static Task<double> TopAsync(ILocator element) => element.EvaluateAsync<double>("e => e.getBoundingClientRect().top + window.scrollY");
}

using Leerruimte.BrowserTests.Pages;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Leerruimte.BrowserTests.Development;

/// <summary>The personal-data page on a phone: the zip downloads, and deleting all development data takes two deliberate steps.</summary>
public sealed class PersonalDataTests(BrowserSuite suite, ITestOutputHelper output) : BrowserTest(suite, output)
{
    // A demo member no other browser test uses: this test deletes their development data.
    private const string Kees = "kees@lindenhaven.example";

    [Fact]
    public async Task On_a_phone_the_export_downloads_and_deleting_everything_needs_the_box_ticked_and_says_what_went()
    {
        var page = await NewPageSignedInAsAsync(Kees, Phone);
        var point = new PointPage(page);
        await point.GotoAsync();
        await point.Title.FillAsync("In elk huisbezoek vraag ik wat de cliënt zelf al heeft geprobeerd");
        await point.Save.ClickAsync();
        await Expect(point.Saved).ToBeVisibleAsync();

        var data = new PersonalDataPage(page);
        await data.GotoAsync();
        await Accessibility.CheckAsync(data, "phone");
        Assert.True((await data.HorizontalFitAsync()).Fits, (await data.HorizontalFitAsync()).ToString());
        var download = await page.RunAndWaitForDownloadAsync(() => data.Download.ClickAsync());
        Assert.Equal("leerruimte-mijn-gegevens.zip", download.SuggestedFilename);

        await Expect(data.DeleteForGood).ToBeHiddenAsync();
        await data.DeleteAll.ClickAsync();
        await Expect(data.DeleteForGood).ToBeVisibleAsync();
        await Accessibility.CheckAsync(data, "phone, delete all unfolded");
        // Without the tick the browser does not send the form; the server would refuse it too (integration tests).
        await data.DeleteForGood.ClickAsync();
        await Expect(data.Deleted).ToHaveCountAsync(0);
        await data.Confirm.CheckAsync();
        await data.DeleteForGood.ClickAsync();
        await Expect(data.Deleted.Filter(new() { HasText = "Ontwikkelpunten: 1" })).ToHaveCountAsync(1);
        await Accessibility.CheckAsync(data, "phone, after deleting");
        await Screenshots.TakeAsync(page, "personal-data-phone-deleted");
        await new AppPage(page, "/ontwikkelplan").GotoAsync();
        await Expect(page.Locator("main")).Not.ToContainTextAsync("In elk huisbezoek vraag ik");
        Accessibility.ShouldHaveFoundNoSeriousViolations();
    }
}

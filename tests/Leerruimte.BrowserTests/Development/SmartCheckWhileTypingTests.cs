using System.Text.Json;
using System.Text.RegularExpressions;
using Leerruimte.UnitTests.Development;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using SmartCheck = Leerruimte.Features.Development.SmartCheck;

namespace Leerruimte.BrowserTests.Development;

/// <summary>The SMART check of a development point follows the typing, on a phone above the Save button.</summary>
public sealed class SmartCheckWhileTypingTests(BrowserSuite suite, ITestOutputHelper output) : BrowserTest(suite, output)
{
    private static readonly Regex Met = new("app-smart-list__met");

    [Fact]
    public async Task On_a_phone_the_check_updates_while_typing_before_saving_and_sits_above_the_save_button()
    {
        var page = await NewPageSignedInAsAsync("priya@lindenhaven.example", Phone);
        var point = new PointPage(page);
        await point.GotoAsync();
        await Expect(point.SmartHints).ToHaveCountAsync(5);
        await Expect(point.SmartMet).ToHaveCountAsync(0);

        await point.Title.PressSequentiallyAsync("Ik wil graag beter worden in het voeren van gesprekken met burgers");
        await Expect(point.SmartMet).ToHaveCountAsync(0);
        await Expect(point.SmartLetter('S')).ToContainTextAsync("wat precies, bij wie, in welke situatie?");

        await point.Title.FillAsync("");
        await point.Title.PressSequentiallyAsync("In elk huisbezoek vraag ik wat de cliënt zelf al heeft geprobeerd");
        await Expect(point.SmartLetter('S')).ToHaveClassAsync(Met);
        await Expect(point.SmartLetter('S')).ToContainTextAsync("in orde");
        await Expect(point.SmartLetter('M')).ToHaveClassAsync(Met);
        await Expect(point.SmartLetter('T')).Not.ToHaveClassAsync(Met);
        await point.TargetDate.FillAsync("2027-03-01");
        await Expect(point.SmartLetter('T')).ToHaveClassAsync(Met);
        await point.Motivation.PressSequentiallyAsync("Cliënten houden zo de regie");
        await Expect(point.SmartMet).ToHaveCountAsync(4);
        // Nothing was saved: the page is still the new point's.
        await Expect(page).ToHaveURLAsync(new Regex("/ontwikkelplan/nieuw$"));

        var check = await point.Smart.BoundingBoxAsync();
        var save = await point.Save.BoundingBoxAsync();
        Assert.True(check!.Y + check.Height <= save!.Y, $"the check ends at {check.Y + check.Height}px, the Save button starts at {save.Y}px");
        await Accessibility.CheckAsync(point, "phone, checked while typing");
        await Screenshots.TakeAsync(page, "plan-phone-smart-while-typing");
        Accessibility.ShouldHaveFoundNoSeriousViolations();
    }

    [Fact]
    public async Task The_script_judges_every_point_of_the_table_as_the_server_does()
    {
        var page = await NewPageSignedInAsAsync("priya@lindenhaven.example");
        var point = new PointPage(page);
        await point.GotoAsync();
        var rules = await point.SmartRulesAsync();
        Assert.Equal(SmartCheck.RulesJson, rules);

        var values = SmartPoints.All.Select(p => new Dictionary<string, string?>
        {
            [SmartCheck.Fields.Title] = p.Title, [SmartCheck.Fields.Goal] = p.Goal, [SmartCheck.Fields.Motivation] = p.Motivation,
            [SmartCheck.Fields.Needs] = p.Needs, [SmartCheck.Fields.FirstStep] = p.FirstStep, [SmartCheck.Fields.TargetDate] = p.TargetDate?.ToString("yyyy-MM-dd"),
        }).ToArray();
        // The module the page loaded (by its fingerprinted address), given the rules the page was sent.
        var judged = await page.EvaluateAsync<string[]>("""
            async ({ rules, points }) => {
                const { check } = await import(document.querySelector('script[src*="smart-check"]').src);
                return JSON.parse(points).map(p => check(JSON.parse(rules), p).filter(r => r.met).map(r => r.letter).join(''));
            }
            """, new { rules, points = JsonSerializer.Serialize(values) });

        Assert.Equal(SmartPoints.All.Select(p => $"{p.Title}: {p.Met}"), SmartPoints.All.Zip(judged, (p, j) => $"{p.Title}: {j}"));
    }
}

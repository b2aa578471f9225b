using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Modules;

namespace Leerruimte.UnitTests.ContentPacks;

public sealed class PackParserTests
{
    [Fact]
    public void A_valid_module_is_read_with_all_its_parts()
    {
        var result = AppPacks.Parser.Parse("m.yaml", PackSamples.Module);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        var module = Assert.IsType<ModulePack>(result.Pack);
        Assert.Equal("voorbeeld-module", module.Id);
        Assert.Equal(AssignmentFormat.Groups, module.Assignments[0].Format);
        Assert.Equal(2, module.Assignments[0].TimedSteps[0].Minutes);
        Assert.Equal(WayOfLearning.Experimenting, module.LearningForms[0].Way);
        Assert.Equal(30, module.Facilitator!.Agenda.Sum(a => a.Minutes));
    }

    [Fact]
    public void Agenda_minutes_that_do_not_add_up_to_the_duration_are_refused_naming_line_and_field()
    {
        var result = AppPacks.Parser.Parse("m.yaml", PackSamples.ModuleWith("durationMinutes: 30", "durationMinutes: 35"));

        var error = Assert.Single(result.Errors);
        Assert.Null(result.Pack);
        Assert.Equal("facilitator.durationMinutes", error.Field);
        Assert.Equal(LineOf(PackSamples.Module, "durationMinutes: 30"), error.Line);
        Assert.Contains("30 minuten", error.Message);
        Assert.Contains("35 minuten", error.Message);
        Assert.StartsWith("m.yaml, regel ", error.ToString());
    }

    [Fact]
    public void Activities_that_do_not_fill_their_agenda_item_are_refused()
    {
        var result = AppPacks.Parser.Parse("m.yaml", PackSamples.ModuleWith("minutes: 10\n          say", "minutes: 8\n          say"));

        Assert.Contains(result.Errors, e => e.Field == "facilitator.agenda[0].minutes" && e.Message.Contains("8 minuten"));
    }

    [Fact]
    public void An_unknown_field_is_refused_on_its_own_line()
    {
        var result = AppPacks.Parser.Parse("m.yaml", PackSamples.ModuleWith("    purpose: Oefenen met concreet formuleren.",
            "    purpose: Oefenen met concreet formuleren.\n    purpsoe: typo"));

        var error = Assert.Single(result.Errors);
        Assert.Contains("onbekend veld 'purpsoe'", error.Message);
        Assert.Equal(LineOf(PackSamples.Module, "    purpose: Oefenen met concreet formuleren.") + 1, error.Line);
    }

    [Fact]
    public void Broken_yaml_is_refused_with_its_line()
    {
        var result = AppPacks.Parser.Parse("m.yaml", "kind: module\nid: x\ntitle: [unclosed\nversion: 1\n");

        var error = Assert.Single(result.Errors);
        Assert.Contains("geen geldige YAML", error.Message);
        Assert.True(error.Line >= 3);
    }

    [Fact]
    public void A_missing_required_text_names_the_field()
    {
        var result = AppPacks.Parser.Parse("m.yaml", PackSamples.ModuleWith("  example: Na een huisbezoek bespreek je kort wat goed ging.\n", ""));

        var error = Assert.Single(result.Errors);
        Assert.Equal("introduction.example", error.Field);
        Assert.Equal(LineOf(PackSamples.Module, "introduction:"), error.Line);
    }

    [Theory]
    [InlineData("kind: module", "kind: lesson", "kind")]
    [InlineData("id: voorbeeld-module", "id: Voorbeeld Module", "id")]
    [InlineData("version: 1", "version: 0", "version")]
    [InlineData("worksheet: pdca", "worksheet: swot", "assignments[0].worksheet")]
    [InlineData("assignment: rondje", "assignment: elders", "facilitator.agenda[1].assignment")]
    [InlineData("groupSize: { min: 3, max: 4 }", "groupSize: { min: 4, max: 3 }", "assignments[0].groupSize")]
    [InlineData("scaleLabels: [nee, enigszins, grotendeels, ja]", "scaleLabels: [ja]", "facilitator.feedbackForm.scaleLabels")]
    [InlineData("statements: [Het team kon voorbeelden noemen]", "statements: []", "facilitator.feedbackForm.statements")]
    [InlineData("        minutes: 2", "        minutes: 0", "assignments[0].timedSteps[0].minutes")]
    [InlineData("way: experimenting", "way: dreaming", "learningForms[0].way")]
    public void Each_broken_rule_is_reported_on_its_field(string find, string replace, string field)
    {
        var result = AppPacks.Parser.Parse("m.yaml", PackSamples.ModuleWith(find, replace));

        Assert.Null(result.Pack);
        Assert.Contains(result.Errors, e => e.Field == field);
    }

    [Fact]
    public void All_errors_of_a_pack_are_reported_at_once()
    {
        var yaml = PackSamples.ModuleWith("durationMinutes: 30", "durationMinutes: 31").Replace("worksheet: pdca", "worksheet: nope");

        var result = AppPacks.Parser.Parse("m.yaml", yaml);

        Assert.Equal(2, result.Errors.Count);
    }

    [Fact]
    public void A_link_that_is_not_a_web_address_is_refused()
    {
        var result = AppPacks.Parser.Parse("m.yaml", PackSamples.ModuleWith("  warmUpQuestions: [Herken je dit?]",
            "  warmUpQuestions: [Herken je dit?]\n  links:\n    - title: Kijk\n      url: javascript:alert(1)"));

        Assert.Contains(result.Errors, e => e.Field == "introduction.links[0].url");
    }

    [Fact]
    public void Reference_lists_and_work_forms_have_their_own_rules()
    {
        var lists = AppPacks.Parser.Parse("r.yaml", "kind: reference-lists\nid: r\nversion: 1\ntitle: R\nlists:\n  - id: a\n    title: A\n    items: []\n");
        var forms = AppPacks.Parser.Parse("w.yaml", "kind: work-forms\nid: w\nversion: 1\ntitle: W\nworkForms:\n  - id: a\n    title: A\n    purpose: P\n    minutes: 5\n    steps:\n      - text: doe\n        minutes: 6\n");

        Assert.Contains(lists.Errors, e => e.Field == "lists[0].items");
        Assert.Contains(forms.Errors, e => e.Field == "workForms[0].minutes");
    }

    private static int LineOf(string text, string fragment) =>
        text[..text.IndexOf(fragment, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
}

using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.RunningCases;
using Leerruimte.UnitTests.ContentPacks;

namespace Leerruimte.UnitTests.RunningCases;

public sealed class RunningCasePackValidatorTests
{
    private const string Valid = """
        kind: running-cases
        id: r
        version: 1
        title: R
        programme: het-gesprek
        cases:
          - id: kees
            title: Kees
            names: [Kees, Kim]
            summary: Kees meldt zich omdat zijn werk stopt.
            intakeData:
              - label: Leeftijd
                value: '40'
            behaviour: Kees kijkt weg.
            actorBackground: Kees houdt van vaste tijden.
            carerCard:
              role: moeder
              text: Moeder maakt zich zorgen.
            stages:
              - id: eerste
                module: 1
                title: Eerste kennismaking
                instruction: Bespreek de aanpak.
                text: Kees is 40.
              - id: tweede
                module: 2
                title: Eerste gesprek
                instruction: Voer het gesprek.
                text: Kees kijkt vaak naar zijn moeder.
        """;

    private static PackParseResult Parse(string from, string to)
    {
        Assert.Contains(from, Valid);
        return AppPacks.Parser.Parse("r.yaml", Valid.Replace(from, to));
    }

    private static PackError Single(PackParseResult result, string field) => PackAssert.RefusedFor(result, "r.yaml", field);

    private static int LineOf(string fragment) => PackAssert.LineOf(Valid, fragment);

    [Fact]
    public void A_running_case_pack_is_read_with_its_cases_cards_and_stages()
    {
        var result = AppPacks.Parser.Parse("r.yaml", Valid);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        var pack = Assert.IsType<RunningCasePack>(result.Pack);
        var kees = Assert.Single(pack.Cases);
        Assert.Equal("het-gesprek", pack.Programme);
        Assert.Equal(["Kees", "Kim"], kees.Names);
        Assert.Equal(("Leeftijd", "40"), (kees.IntakeData[0].Label, kees.IntakeData[0].Value));
        Assert.Equal("moeder", kees.CarerCard!.Role);
        Assert.Equal([1, 2], kees.Stages.Select(s => s.Module));
    }

    [Fact]
    public void A_case_without_a_carer_card_is_read() =>
        Assert.True(Parse("    carerCard:\n      role: moeder\n      text: Moeder maakt zich zorgen.\n", "").IsValid);

    [Fact]
    public void A_pack_without_a_programme_is_refused() =>
        Single(Parse("programme: het-gesprek\n", ""), "programme");

    [Fact]
    public void A_programme_that_is_no_id_is_refused_on_its_line() =>
        Assert.Equal(LineOf("programme:"), Single(Parse("programme: het-gesprek", "programme: Het Gesprek"), "programme").Line);

    [Fact]
    public void A_pack_without_cases_is_refused() =>
        Single(AppPacks.Parser.Parse("r.yaml", Valid[..Valid.IndexOf("cases:", StringComparison.Ordinal)] + "cases: []\n"), "cases");

    [Fact]
    public void Two_cases_with_one_id_are_refused()
    {
        var twice = Valid + "\n" + Valid[Valid.IndexOf("  - id: kees", StringComparison.Ordinal)..];

        var error = Single(AppPacks.Parser.Parse("r.yaml", twice), "cases[1].id");

        Assert.Contains("meer dan eens", error.Message);
    }

    [Theory]
    [InlineData("    title: Kees\n", "cases[0].title")]
    [InlineData("    summary: Kees meldt zich omdat zijn werk stopt.\n", "cases[0].summary")]
    [InlineData("    behaviour: Kees kijkt weg.\n", "cases[0].behaviour")]
    [InlineData("    actorBackground: Kees houdt van vaste tijden.\n", "cases[0].actorBackground")]
    [InlineData("      role: moeder\n", "cases[0].carerCard.role")]
    [InlineData("      text: Moeder maakt zich zorgen.\n", "cases[0].carerCard.text")]
    [InlineData("        instruction: Bespreek de aanpak.\n", "cases[0].stages[0].instruction")]
    [InlineData("        text: Kees is 40.\n", "cases[0].stages[0].text")]
    [InlineData("        title: Eerste kennismaking\n", "cases[0].stages[0].title")]
    public void A_required_text_left_out_is_refused_naming_its_field(string line, string field) =>
        Assert.StartsWith("is verplicht", Single(Parse(line, ""), field).Message);

    [Fact]
    public void A_case_without_names_is_refused() =>
        Single(Parse("names: [Kees, Kim]", "names: []"), "cases[0].names");

    [Fact]
    public void A_blank_name_is_refused() =>
        Single(Parse("names: [Kees, Kim]", "names: [Kees, ' ']"), "cases[0].names[1]");

    [Fact]
    public void A_case_without_intake_data_is_refused() =>
        Single(Parse("    intakeData:\n      - label: Leeftijd\n        value: '40'\n", "    intakeData: []\n"), "cases[0].intakeData");

    [Fact]
    public void An_intake_fact_without_a_value_is_refused() =>
        Single(Parse("        value: '40'\n", ""), "cases[0].intakeData[0].value");

    [Fact]
    public void A_case_without_stages_is_refused()
    {
        var withoutStages = Valid[..Valid.IndexOf("    stages:", StringComparison.Ordinal)] + "    stages: []\n";

        Single(AppPacks.Parser.Parse("r.yaml", withoutStages), "cases[0].stages");
    }

    [Theory]
    [InlineData("module: 2", "module: 5")]
    [InlineData("module: 1", "module: 0")]
    public void A_stage_outside_modules_one_to_four_is_refused_on_its_line(string from, string to)
    {
        var error = Single(Parse(from, to), from == "module: 2" ? "cases[0].stages[1].module" : "cases[0].stages[0].module");

        Assert.Equal(LineOf("        " + from), error.Line);
        Assert.Contains("1 tot en met 4", error.Message);
    }

    [Fact]
    public void A_stage_of_an_earlier_module_than_the_one_before_it_is_refused()
    {
        var error = Single(Parse("module: 1", "module: 3"), "cases[0].stages[1].module");

        Assert.Contains("module 3", error.Message);
    }

    [Fact]
    public void Two_stages_in_one_module_are_read() => Assert.True(Parse("module: 2", "module: 1").IsValid);

    [Fact]
    public void Two_stages_with_one_id_are_refused() =>
        Assert.Contains("meer dan eens", Single(Parse("id: tweede", "id: eerste"), "cases[0].stages[1].id").Message);

    [Fact]
    public void A_stage_id_that_is_no_id_is_refused() =>
        Single(Parse("id: tweede", "id: Tweede Fase"), "cases[0].stages[1].id");

    [Theory]
    [InlineData("Kees kijkt weg.", "cases[0].behaviour", RunningCasePackValidator.MaxText)]
    [InlineData("Kees houdt van vaste tijden.", "cases[0].actorBackground", RunningCasePackValidator.MaxActorBackground)]
    [InlineData("Kees meldt zich omdat zijn werk stopt.", "cases[0].summary", RunningCasePackValidator.MaxSummary)]
    [InlineData("Moeder maakt zich zorgen.", "cases[0].carerCard.text", RunningCasePackValidator.MaxText)]
    [InlineData("Bespreek de aanpak.", "cases[0].stages[0].instruction", RunningCasePackValidator.MaxInstruction)]
    [InlineData("Kees is 40.", "cases[0].stages[0].text", RunningCasePackValidator.MaxStageText)]
    public void A_text_that_is_too_long_is_refused_naming_its_field(string text, string field, int max) =>
        Assert.Contains($"hoogstens {max}", Single(Parse(text, new string('x', max + 1)), field).Message);

    [Fact]
    public void A_name_that_is_too_long_is_refused() =>
        Single(Parse("names: [Kees, Kim]", $"names: [Kees, {new string('k', RunningCasePackValidator.MaxName + 1)}]"), "cases[0].names[1]");

    [Fact]
    public void More_names_than_the_limit_are_refused() =>
        Single(Parse("names: [Kees, Kim]", "names: [A, B, C, D, E]"), "cases[0].names");

    [Fact]
    public void A_field_the_kind_does_not_have_is_refused() =>
        Assert.StartsWith("onbekend veld 'age'", Single(Parse("    title: Kees\n", "    title: Kees\n    age: 40\n"), "cases[0].age").Message);
}

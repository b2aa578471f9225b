using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Forms;
using Leerruimte.Features.Modules;
using Leerruimte.UnitTests.ContentPacks;

namespace Leerruimte.UnitTests.Forms;

/// <summary>A form as a pack writes it (the module's feedback form), and the rules it must meet, each named by file, line and field.</summary>
public sealed class FormDefinitionTests
{
    private const string ShortForm = """
          feedbackForm:
            scaleLabels: [nee, enigszins, grotendeels, ja]
            statements: [Het team kon voorbeelden noemen]
        """;

    private const string FullForm = """
          feedbackForm:
            scale: [nee, enigszins, grotendeels, ja]
            questions:
              - id: voorbeelden
                kind: scale
                required: true
                text: Het team kon voorbeelden noemen
              - id: aanwezig
                kind: attendance
                text: Aanwezig
              - id: let-op
                kind: choice
                multiple: true
                text: Waar lette het team op?
                options: [de vraag achter de vraag, het netwerk]
              - id: opmerkingen
                kind: text
                hint: Wat viel je op?
                text: Opmerkingen
        """;

    private static string Module(string form) => PackSamples.ModuleWith(ShortForm, form);

    private static PackParseResult Parse(string form) => AppPacks.Parser.Parse("modules/m.yaml", Module(form));

    [Fact]
    public void A_written_out_form_is_read_with_its_questions_in_order()
    {
        var result = Parse(FullForm);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        var form = Assert.IsType<ModulePack>(result.Pack).Facilitator!.FeedbackForm!.Definition;
        Assert.Equal(["voorbeelden", "aanwezig", "let-op", "opmerkingen"], form.Questions.Select(q => q.Id));
        Assert.Equal([QuestionKind.Scale, QuestionKind.Attendance, QuestionKind.Choice, QuestionKind.Text], form.Questions.Select(q => q.Kind!.Value));
        Assert.True(form.Questions[0].Required);
        Assert.False(form.Questions[3].Required);
        Assert.True(form.Questions[2].Multiple);
        Assert.Equal(["nee", "enigszins", "grotendeels", "ja"], form.ScaleOf(form.Questions[0]));
    }

    [Fact]
    public void The_short_form_means_the_statements_then_attendance_and_the_two_open_questions()
    {
        var result = AppPacks.Parser.Parse("modules/m.yaml", PackSamples.Module);

        var form = Assert.IsType<ModulePack>(result.Pack).Facilitator!.FeedbackForm!.Definition;
        Assert.Equal(["stelling-1", "aanwezig", "vragen", "opmerkingen"], form.Questions.Select(q => q.Id));
        Assert.Equal("Het team kon voorbeelden noemen", form.Questions[0].Text);
        Assert.Equal([true, false, false, false], form.Questions.Select(q => q.Required));
        Assert.Equal(4, form.Scale.Count);
    }

    [Fact]
    public void A_question_of_an_unknown_kind_is_refused_on_its_line()
    {
        var yaml = Module(FullForm.Replace("kind: choice", "kind: slider"));

        var error = Assert.Single(AppPacks.Parser.Parse("modules/m.yaml", yaml).Errors);

        Assert.Equal("facilitator.feedbackForm.questions[2].kind", error.Field);
        Assert.Equal(LineOf(yaml, "kind: slider"), error.Line);
        Assert.StartsWith("modules/m.yaml, regel ", error.ToString());
    }

    [Theory]
    [InlineData("options: [de vraag achter de vraag, het netwerk]", "options: [alleen dit]", "facilitator.feedbackForm.questions[2].options")]
    [InlineData("id: let-op", "id: voorbeelden", "facilitator.feedbackForm.questions[2].id")]
    [InlineData("id: let-op", "id: Let Op", "facilitator.feedbackForm.questions[2].id")]
    [InlineData("    text: Opmerkingen", "    text: ''", "facilitator.feedbackForm.questions[3].text")]
    [InlineData("scale: [nee, enigszins, grotendeels, ja]", "scale: []", "facilitator.feedbackForm.scale")]
    [InlineData("    kind: text", "    kind: text\n        options: [a, b]", "facilitator.feedbackForm.questions[3].options")]
    [InlineData("    kind: text", "    kind: text\n        multiple: true", "facilitator.feedbackForm.questions[3].multiple")]
    [InlineData("    kind: text", "    kind: attendance", "facilitator.feedbackForm.questions")]
    [InlineData("        kind: text\n", "", "facilitator.feedbackForm.questions[3].kind")]
    [InlineData("questions:", "statements: [Dubbel]\n    questions:", "facilitator.feedbackForm")]
    public void Each_broken_rule_of_a_form_is_reported_on_its_field(string find, string replace, string field)
    {
        if (!FullForm.Contains(find)) throw new ArgumentException($"'{find}' is not in the form");
        var result = Parse(FullForm.Replace(find, replace));

        Assert.Null(result.Pack);
        Assert.Contains(result.Errors, e => e.Field == field);
    }

    [Fact]
    public void A_scale_question_may_have_its_own_scale()
    {
        var result = Parse(FullForm.Replace("    scale: [nee, enigszins, grotendeels, ja]\n", "").Replace("    required: true", "    required: true\n        scale: [niet, wel]"));

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        var form = ((ModulePack)result.Pack!).Facilitator!.FeedbackForm!.Definition;
        Assert.Equal(["niet", "wel"], form.ScaleOf(form.Questions[0]));
    }

    private static int LineOf(string text, string fragment) =>
        text[..text.IndexOf(fragment, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
}

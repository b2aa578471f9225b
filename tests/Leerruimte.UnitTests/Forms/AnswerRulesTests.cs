using Leerruimte.Features.Forms;

namespace Leerruimte.UnitTests.Forms;

public sealed class AnswerRulesTests
{
    private static readonly FormPerson Aylin = new(Guid.NewGuid(), "Aylin", true), Joost = new(Guid.NewGuid(), "Joost", false);

    private static readonly FormDefinition Form = new()
    {
        Scale = ["nee", "enigszins", "grotendeels", "ja"],
        Questions =
        [
            new() { Id = "stelling", Kind = QuestionKind.Scale, Required = true, Text = "Stelling" },
            new() { Id = "eigen", Kind = QuestionKind.Scale, Text = "Eigen schaal", Scale = ["niet", "wel"] },
            new() { Id = "een", Kind = QuestionKind.Choice, Text = "Eén", Options = ["a", "b", "c"] },
            new() { Id = "meer", Kind = QuestionKind.Choice, Multiple = true, Text = "Meer", Options = ["a", "b", "c"] },
            new() { Id = "aanwezig", Kind = QuestionKind.Attendance, Text = "Aanwezig" },
            new() { Id = "open", Kind = QuestionKind.Text, Required = true, Text = "Open" },
        ],
    };

    private static AnswerResult Read(string question, params string?[] posted) => AnswerRules.Read(Form, Form.Find(question)!, posted, [Aylin, Joost]);

    [Fact]
    public void A_scale_answer_is_a_point_of_the_scale()
    {
        Assert.Equal(3, Read("stelling", "3").Value.Number);
        Assert.Equal(2, Read("eigen", "2").Value.Number);
        Assert.Equal("Kies een punt van 1 tot en met 4.", Read("stelling", "5").Error);
        Assert.Equal("Kies een punt van 1 tot en met 2.", Read("eigen", "3").Error);
        Assert.NotNull(Read("stelling", "0").Error);
        Assert.NotNull(Read("stelling", "abc").Error);
        Assert.NotNull(Read("stelling", "99999999999999999999").Error);
        Assert.NotNull(Read("stelling", "1", "2").Error);
    }

    [Fact]
    public void Nothing_posted_or_only_spaces_is_no_answer()
    {
        Assert.True(Read("stelling").Value.IsNone);
        Assert.True(Read("stelling", "").Value.IsNone);
        Assert.True(Read("open", "   ").Value.IsNone);
        Assert.Null(Read("open", "   ").Error);
    }

    [Fact]
    public void A_choice_is_one_option_and_checkboxes_any_options_each_once()
    {
        Assert.Equal(2, Read("een", "2").Value.Number);
        Assert.NotNull(Read("een", "4").Error);
        Assert.Equal(["1", "3"], Read("meer", "3", "1", "3").Value.Choices!);
        Assert.Empty(Read("meer").Value.Choices!); // none ticked on purpose is an answer
        Assert.NotNull(Read("meer", "1", "2", "3", "1").Error); // more values than options
        Assert.NotNull(Read("meer", "x").Error);
    }

    [Fact]
    public void Attendance_ticks_only_the_people_offered()
    {
        Assert.Equal([Aylin.Id.ToString()], Read("aanwezig", Aylin.Id.ToString().ToUpperInvariant()).Value.Choices!);
        Assert.Equal("Kies alleen mensen uit de lijst.", Read("aanwezig", Guid.NewGuid().ToString()).Error);
        Assert.NotNull(Read("aanwezig", "abc").Error);
        Assert.Empty(Read("aanwezig").Value.Choices!);
    }

    [Fact]
    public void An_open_answer_is_trimmed_and_at_most_4000_characters()
    {
        Assert.Equal("Goed gesprek", Read("open", "  Goed gesprek \n").Value.Text);
        Assert.Equal("Deze tekst is te lang.", Read("open", new string('x', AnswerRules.MaxTextLength + 1)).Error);
        Assert.Null(Read("open", new string('x', AnswerRules.MaxTextLength)).Error);
        Assert.NotNull(Read("open", "een", "twee").Error);
    }

    [Fact]
    public void The_required_questions_without_an_answer_are_missing_in_order()
    {
        var response = new FormResponse { FormKey = "f" };
        Assert.Equal(["stelling", "open"], AnswerRules.Missing(Form, null).Select(q => q.Id));

        response.Answers.Add(new FormAnswer { QuestionId = "open", Text = "  " });
        response.Answers.Add(new FormAnswer { QuestionId = "stelling", Number = 2 });

        Assert.Equal(["open"], AnswerRules.Missing(Form, response).Select(q => q.Id));
    }
}

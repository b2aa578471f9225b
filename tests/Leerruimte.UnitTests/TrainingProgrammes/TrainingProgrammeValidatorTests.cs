using Leerruimte.Features.Forms;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.TrainingProgrammes;
using Leerruimte.UnitTests.ContentPacks;

namespace Leerruimte.UnitTests.TrainingProgrammes;

public sealed class TrainingProgrammeValidatorTests
{
    private const string Valid = """
        kind: training-programme
        id: t
        version: 1
        title: T
        meter: competentiemeter-het-gesprek
        preparatoryTalk:
          purpose: Weten met welke opdracht de groep werkt.
          topics:
            - question: Wat kunnen ze al?
        modules:
          - number: 1
            title: Eerste
            summary: Begin.
            learningOutcomes:
              - id: m1-1
                text: Kent de route.
              - id: m1-2
                text: Kent zichzelf.
            programme: [De route]
            durationMinutes: 235
            script:
              - minutes: 100
                title: Route
                outcomes: [m1-1]
                workForm: route-van-het-gesprek
                say: Vertel over de route.
              - minutes: 20
                title: Pauze
                break: true
              - minutes: 115
                title: Meter
                outcomes: [m1-2]
                do: Laat de meter invullen.
          - number: 2
            title: Tweede
            summary: Vervolg.
            learningOutcomes:
              - id: m2-1
                text: Oefent.
            programme: [Oefenen]
            durationMinutes: 240
            script:
              - minutes: 240
                title: Oefenen
                outcomes: [m2-1]
                do: Speel het gesprek.
        observationForms:
          - id: observatie
            module: 2
            title: Observatie
            items:
              - id: contact
                text: Sluit aan
                checkpoints:
                  - { id: taal, text: spreekt de taal van de burger }
                  - { id: tempo, text: past het tempo aan }
        evaluationQuestions: [Wat neem je mee?]
        """;

    private static PackParseResult Parse(string from, string to)
    {
        Assert.Contains(from, Valid);
        return AppPacks.Parser.Parse("t.yaml", Valid.Replace(from, to));
    }

    private static PackError Single(PackParseResult result, string field) => PackAssert.RefusedFor(result, "t.yaml", field);

    [Fact]
    public void A_programme_with_modules_a_script_and_an_observation_form_is_read()
    {
        var result = AppPacks.Parser.Parse("t.yaml", Valid);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        var programme = Assert.IsType<TrainingProgrammePack>(result.Pack);
        Assert.Equal([1, 2], programme.Modules.Select(m => m.Number));
        Assert.True(programme.Modules[0].Script[1].Break);
        Assert.Equal(["taal", "tempo"], programme.ObservationForms[0].Items[0].Checkpoints.Select(c => c.Id));
    }

    [Fact]
    public void Script_minutes_that_do_not_add_up_to_the_module_are_refused_on_its_duration()
    {
        var error = Single(Parse("      - minutes: 115\n", "      - minutes: 110\n"), "modules[0].durationMinutes");

        Assert.Contains("samen 230 minuten, maar de module duurt 235 minuten", error.Message);
    }

    [Fact]
    public void A_script_item_naming_an_outcome_the_module_does_not_have_is_refused()
    {
        var error = Single(Parse("outcomes: [m2-1]", "outcomes: [m2-1, m1-1]"), "modules[1].script[0].outcomes[1]");

        Assert.Contains("'m1-1' staat niet onder learningOutcomes van deze module", error.Message);
    }

    [Fact]
    public void A_learning_outcome_no_script_item_serves_is_refused_on_its_id()
    {
        var error = Single(Parse("outcomes: [m1-2]", "outcomes: []"), "modules[0].learningOutcomes[1].id");

        Assert.Equal(PackAssert.LineOf(Valid, "      - id: m1-2"), error.Line);
        Assert.Contains("'m1-2' komt bij geen enkel onderdeel", error.Message);
    }

    [Fact]
    public void A_module_number_given_twice_is_refused()
    {
        var result = Parse("  - number: 2\n", "  - number: 1\n");

        Assert.Null(result.Pack);
        Assert.Contains(result.Errors, e => e.Field == "modules[1].number" && e.Message.Contains("module 1 komt al eerder voor"));
    }

    [Fact]
    public void Modules_out_of_order_are_refused()
    {
        var result = Parse("  - number: 1\n", "  - number: 3\n");

        Assert.Null(result.Pack);
        Assert.Contains(result.Errors, e => e.Field == "modules[0].number" && e.Message.Contains("moet 1 zijn"));
    }

    [Theory]
    [InlineData(224)]
    [InlineData(246)]
    public void A_module_shorter_or_longer_than_a_half_day_is_refused(int minutes)
    {
        var result = Parse("    durationMinutes: 240\n    script:\n      - minutes: 240\n",
            $"    durationMinutes: {minutes}\n    script:\n      - minutes: {minutes}\n");

        var error = Single(result, "modules[1].durationMinutes");
        Assert.Contains("tussen 225 en 245 minuten", error.Message);
    }

    [Fact]
    public void A_script_item_without_minutes_is_refused()
    {
        var result = Parse("      - minutes: 20\n", "      - minutes: 0\n");

        Assert.Null(result.Pack);
        Assert.Contains(result.Errors, e => e.Field == "modules[0].script[1].minutes");
    }

    [Fact]
    public void A_script_item_with_nothing_to_say_or_do_is_refused()
    {
        var error = Single(Parse("        say: Vertel over de route.\n", ""), "modules[0].script[0]");

        Assert.Equal("zeg (say) of doe (do) is nodig", error.Message);
    }

    [Fact]
    public void A_work_form_id_is_only_checked_for_its_form_not_against_other_packs()
    {
        Assert.True(Parse("workForm: route-van-het-gesprek", "workForm: bestaat-in-geen-pakket").IsValid);
        Single(Parse("workForm: route-van-het-gesprek", "workForm: Route Van Het Gesprek"), "modules[0].script[0].workForm");
    }

    [Fact]
    public void An_outcome_id_used_in_two_modules_is_refused()
    {
        var result = Parse("      - id: m2-1\n", "      - id: m1-1\n");

        Assert.Null(result.Pack);
        Assert.Contains(result.Errors, e => e.Field == "modules[1].learningOutcomes[0].id" && e.Message.Contains("meer dan eens"));
    }

    [Fact]
    public void A_checkpoint_id_given_twice_in_a_form_is_refused()
    {
        var error = Single(Parse("{ id: tempo,", "{ id: taal,"), "observationForms[0].items[0].checkpoints[1].id");

        Assert.Contains("'taal' komt meer dan eens voor", error.Message);
    }

    [Fact]
    public void An_item_may_not_take_the_id_of_the_remarks_question_every_form_gets()
    {
        var error = Single(Parse("      - id: contact\n", "      - id: opmerkingen\n"), "observationForms[0].items[0].id");

        Assert.Contains("'opmerkingen' is de vraag naar opmerkingen", error.Message);
    }

    [Fact]
    public void On_the_forms_mechanism_each_item_is_one_question_whose_options_are_its_checkpoints_then_the_remarks()
    {
        var form = Assert.IsType<TrainingProgrammePack>(AppPacks.Parser.Parse("t.yaml", Valid).Pack).ObservationForms[0].Definition();

        Assert.Equal(["contact", ObservationForm.RemarksId], form.Questions.Select(q => q.Id));
        Assert.Equal((QuestionKind.Choice, true), (form.Questions[0].Kind!.Value, form.Questions[0].Multiple));
        Assert.Equal(["spreekt de taal van de burger", "past het tempo aan"], form.Questions[0].Options);
        Assert.Equal(QuestionKind.Text, form.Questions[1].Kind);
    }

    [Fact]
    public void An_observation_form_for_a_module_the_programme_does_not_have_is_refused() =>
        Single(Parse("    module: 2\n", "    module: 7\n"), "observationForms[0].module");

    [Fact]
    public void An_observation_form_with_statements_needs_a_scale()
    {
        var result = Parse(
            "    items:\n      - id: contact\n        text: Sluit aan\n        checkpoints:\n          - { id: taal, text: spreekt de taal van de burger }\n          - { id: tempo, text: past het tempo aan }\n",
            "    statements:\n      - { id: doel, text: Noemt het doel. }\n");

        Single(result, "observationForms[0].scale");
    }

    [Fact]
    public void A_programme_without_the_talk_or_evaluation_questions_is_refused()
    {
        var result = Parse("evaluationQuestions: [Wat neem je mee?]", "evaluationQuestions: []");

        Single(result, "evaluationQuestions");
    }

    [Fact]
    public void The_clock_gives_each_item_its_start_from_the_start_of_the_module()
    {
        var module = Assert.IsType<TrainingProgrammePack>(AppPacks.Parser.Parse("t.yaml", Valid).Pack).Modules[0];

        Assert.Equal([0, 100, 120], ScriptClock.WithStarts(module).Select(s => s.Start));
        Assert.Equal(["0:00", "1:40", "2:00", "3:55"], new[] { 0, 100, 120, 235 }.Select(ScriptClock.Offset));
    }
}

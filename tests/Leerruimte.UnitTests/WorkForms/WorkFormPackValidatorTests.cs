using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.LearningLog;
using Leerruimte.Features.WorkForms;
using Leerruimte.UnitTests.ContentPacks;

namespace Leerruimte.UnitTests.WorkForms;

public sealed class WorkFormPackValidatorTests
{
    private const string Valid = """
        kind: work-forms
        id: w
        version: 1
        title: W
        workForms:
          - id: methode
            title: Methode
            purpose: Samen een casus bespreken.
            minutes: 10
            registerCategory: intervisie
            consultation: true
            steps:
              - title: Inbrengen
                minutes: 5
                text: Eén deelnemer brengt een casus in.
                roles:
                  - role: Inbrenger
                    task: Vertelt de situatie.
                prompts:
                  - Wat is er gebeurd?
              - title: Vragen
                minutes: 5
                text: De anderen stellen open vragen.
        """;

    private static PackParseResult Parse(string from, string to) => AppPacks.Parser.Parse("w.yaml", Valid.Replace(from, to));

    private static PackError Single(PackParseResult result, string field) => PackAssert.RefusedFor(result, "w.yaml", field);

    private static int LineOf(string fragment) => PackAssert.LineOf(Valid, fragment);

    [Fact]
    public void A_work_form_with_roles_prompts_and_a_register_category_is_read()
    {
        var result = AppPacks.Parser.Parse("w.yaml", Valid);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        var form = Assert.IsType<WorkFormPack>(result.Pack).WorkForms[0];
        Assert.True(form.Consultation);
        Assert.Equal(ActivityKind.Intervision, RegisterCategories.KindOf(form));
        Assert.Equal(("Inbrenger", "Vertelt de situatie."), (form.Steps[0].Roles[0].Role, form.Steps[0].Roles[0].Task));
        Assert.Equal(["Wat is er gebeurd?"], form.Steps[0].Prompts);
    }

    [Theory]
    [InlineData("intervisie", ActivityKind.Intervision)]
    [InlineData("casuistiekbespreking", ActivityKind.CaseConsultation)]
    [InlineData("intercollegiale-consultatie", ActivityKind.CollegialConsultation)]
    [InlineData("supervisie", ActivityKind.Supervision)]
    public void Each_register_category_counts_as_its_kind_of_reflection(string category, ActivityKind kind)
    {
        var form = new WorkForm { RegisterCategory = category };

        Assert.Equal(kind, RegisterCategories.KindOf(form));
        Assert.Contains(kind, LearningActivity.ReflectionKinds);
    }

    [Fact]
    public void A_work_form_without_a_register_category_counts_as_no_reflection_kind() =>
        Assert.Null(RegisterCategories.KindOf(new WorkForm()));

    [Fact]
    public void An_unknown_register_category_is_refused_on_its_line_with_the_categories_to_choose_from()
    {
        var error = Single(Parse("registerCategory: intervisie", "registerCategory: teamoverleg"), "workForms[0].registerCategory");

        Assert.Equal(LineOf("registerCategory"), error.Line);
        Assert.Contains("'teamoverleg'", error.Message);
        Assert.Contains("intervisie, casuistiekbespreking, intercollegiale-consultatie, supervisie", error.Message);
    }

    [Fact]
    public void A_work_form_without_a_title_is_refused()
    {
        var error = Single(Parse("    title: Methode\n", "    title: ''\n"), "workForms[0].title");

        Assert.Equal(LineOf("    title: Methode"), error.Line);
    }

    [Fact]
    public void A_role_without_a_task_is_refused_on_the_role_line()
    {
        var error = Single(Parse("            task: Vertelt de situatie.\n", ""), "workForms[0].steps[0].roles[0].task");

        Assert.Equal(LineOf("          - role: Inbrenger"), error.Line);
        Assert.Contains("verplicht", error.Message);
    }

    [Fact]
    public void A_prompt_that_is_too_long_is_refused_on_its_line()
    {
        var tooLong = new string('a', WorkFormPackValidator.MaxPrompt + 1);

        var error = Single(Parse("Wat is er gebeurd?", tooLong), "workForms[0].steps[0].prompts[0]");

        Assert.Equal(LineOf("          - Wat is er gebeurd?"), error.Line);
        Assert.Contains($"{WorkFormPackValidator.MaxPrompt + 1} tekens", error.Message);
    }

    [Fact]
    public void A_role_name_that_is_too_long_is_refused() =>
        Single(Parse("role: Inbrenger", "role: " + new string('r', WorkFormPackValidator.MaxRole + 1)), "workForms[0].steps[0].roles[0].role");

    [Fact]
    public void Too_many_prompts_in_a_step_are_refused_on_the_prompts_line()
    {
        var prompts = string.Concat(Enumerable.Range(1, WorkFormPackValidator.MaxPrompts + 1).Select(i => $"\n          - Vraag {i}?"));

        var error = Single(Parse("\n          - Wat is er gebeurd?", prompts), "workForms[0].steps[0].prompts");

        Assert.Equal(LineOf("        prompts:"), error.Line);
        Assert.Contains($"hoogstens {WorkFormPackValidator.MaxPrompts}", error.Message);
    }

    [Fact]
    public void Too_many_roles_in_a_step_are_refused()
    {
        var roles = string.Concat(Enumerable.Range(1, WorkFormPackValidator.MaxRoles + 1).Select(i => $"\n          - role: Rol {i}\n            task: Taak {i}"));

        Single(Parse("\n          - role: Inbrenger\n            task: Vertelt de situatie.", roles), "workForms[0].steps[0].roles");
    }

    [Fact]
    public void A_consultation_step_without_minutes_is_refused_as_the_console_could_not_time_it()
    {
        var error = Single(Parse("        minutes: 5\n        text: De anderen", "        text: De anderen"), "workForms[0].steps[1].minutes");

        Assert.Contains("casusoverleg", error.Message);
    }

    [Fact]
    public void A_work_form_that_is_no_consultation_may_have_steps_without_minutes()
    {
        var yaml = Valid.Replace("    consultation: true\n", "").Replace("        minutes: 5\n        text: De anderen", "        text: De anderen");

        var result = AppPacks.Parser.Parse("w.yaml", yaml);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
    }
}

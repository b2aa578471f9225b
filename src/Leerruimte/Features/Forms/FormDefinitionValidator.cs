using Leerruimte.Features.ContentPacks;

namespace Leerruimte.Features.Forms;

/// <summary>The rules a form in a pack must meet; errors name the field under <c>path</c> (the pack part holding the form).</summary>
public static class FormDefinitionValidator
{
    public static void Validate(FormDefinition form, string path, PackErrors errors)
    {
        errors.NoBlankItems($"{path}.scale", form.Scale);
        errors.AtLeast($"{path}.questions", form.Questions, 1);
        errors.UniqueIds($"{path}.questions", form.Questions.Select(q => q.Id));
        for (var i = 0; i < form.Questions.Count; i++) ValidateQuestion(form, form.Questions[i], $"{path}.questions[{i}]", path, errors);
        var attendance = form.Questions.FindIndex(q => q.Kind == QuestionKind.Attendance);
        if (attendance >= 0 && form.Questions.Skip(attendance + 1).Any(q => q.Kind == QuestionKind.Attendance))
            errors.Add($"{path}.questions", "een formulier heeft hoogstens één vraag van soort attendance (aanwezigheid)");
    }

    private static void ValidateQuestion(FormDefinition form, FormQuestion question, string path, string formPath, PackErrors errors)
    {
        errors.Slug($"{path}.id", question.Id);
        errors.Required($"{path}.text", question.Text);
        if (question.Kind is not { } kind)
        {
            errors.Add($"{path}.kind", "is verplicht: scale, text, choice of attendance");
            return;
        }
        if (kind != QuestionKind.Scale && question.Scale.Count > 0) errors.Add($"{path}.scale", "hoort alleen bij een vraag van soort scale");
        if (kind != QuestionKind.Choice && question.Options.Count > 0) errors.Add($"{path}.options", "hoort alleen bij een vraag van soort choice");
        if (kind != QuestionKind.Choice && question.Multiple) errors.Add($"{path}.multiple", "hoort alleen bij een vraag van soort choice");
        switch (kind)
        {
            case QuestionKind.Scale when question.Scale.Count > 0:
                errors.AtLeast($"{path}.scale", question.Scale, 2);
                errors.NoBlankItems($"{path}.scale", question.Scale);
                break;
            case QuestionKind.Scale when form.Scale.Count < 2:
                errors.Add($"{formPath}.scale", $"vraag '{question.Id}' is een schaalvraag: geef de schaal (minstens twee punten) bij het formulier of bij de vraag");
                break;
            case QuestionKind.Choice:
                errors.AtLeast($"{path}.options", question.Options, 2);
                errors.NoBlankItems($"{path}.options", question.Options);
                break;
        }
    }
}

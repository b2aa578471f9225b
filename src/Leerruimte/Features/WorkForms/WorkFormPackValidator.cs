using Leerruimte.Features.ContentPacks;

namespace Leerruimte.Features.WorkForms;

public static class WorkFormPackValidator
{
    public const int MaxTitle = 200, MaxText = 4000, MaxNote = 1000;
    public const int MaxRoles = 8, MaxRole = 80, MaxTask = 500;
    public const int MaxPrompts = 12, MaxPrompt = 300, MaxConditions = 12, MaxCondition = 500;

    public static void Validate(WorkFormPack pack, PackErrors errors)
    {
        errors.AtLeast("workForms", pack.WorkForms, 1);
        errors.UniqueIds("workForms", pack.WorkForms.Select(w => w.Id));
        for (var i = 0; i < pack.WorkForms.Count; i++)
            ValidateForm(pack.WorkForms[i], $"workForms[{i}]", errors);
    }

    private static void ValidateForm(WorkForm form, string path, PackErrors errors)
    {
        errors.Slug($"{path}.id", form.Id);
        errors.Required($"{path}.title", form.Title);
        errors.MaxLength($"{path}.title", form.Title, MaxTitle);
        errors.Required($"{path}.purpose", form.Purpose);
        errors.MaxLength($"{path}.purpose", form.Purpose, MaxText);
        errors.MaxLength($"{path}.note", form.Note, MaxNote);
        errors.Positive($"{path}.minutes", form.Minutes);
        ValidateTexts($"{path}.conditions", form.Conditions, MaxConditions, MaxCondition, errors);
        if (form.RegisterCategory is { } category && !RegisterCategories.ByName.ContainsKey(category))
            errors.Add($"{path}.registerCategory", $"onbekende registercategorie '{category}'; kies uit: {string.Join(", ", RegisterCategories.ByName.Keys)}");
        errors.AtLeast($"{path}.steps", form.Steps, 1);
        for (var s = 0; s < form.Steps.Count; s++)
            ValidateStep(form, form.Steps[s], $"{path}.steps[{s}]", errors);
        var stepMinutes = form.Steps.Sum(s => s.Minutes);
        if (stepMinutes > form.Minutes)
            errors.Add($"{path}.minutes", $"de stappen duren samen {stepMinutes} minuten, meer dan de {form.Minutes} minuten van de werkvorm");
    }

    private static void ValidateStep(WorkForm form, WorkFormStep step, string path, PackErrors errors)
    {
        errors.MaxLength($"{path}.title", step.Title, MaxTitle);
        errors.Required($"{path}.text", step.Text);
        errors.MaxLength($"{path}.text", step.Text, MaxText);
        // A consultation runs its steps as a timed script: a step without minutes could not be counted down.
        if (form.Consultation && step.Minutes < 1)
            errors.Add($"{path}.minutes", "een methode voor casusoverleg telt elke stap af: geef deze stap een heel aantal minuten van 1 of meer");
        errors.AtMost($"{path}.roles", step.Roles, MaxRoles);
        for (var r = 0; r < step.Roles.Count; r++)
        {
            errors.Required($"{path}.roles[{r}].role", step.Roles[r].Role);
            errors.MaxLength($"{path}.roles[{r}].role", step.Roles[r].Role, MaxRole);
            errors.Required($"{path}.roles[{r}].task", step.Roles[r].Task);
            errors.MaxLength($"{path}.roles[{r}].task", step.Roles[r].Task, MaxTask);
        }
        ValidateTexts($"{path}.prompts", step.Prompts, MaxPrompts, MaxPrompt, errors);
    }

    private static void ValidateTexts(string path, List<string> texts, int maxCount, int maxLength, PackErrors errors)
    {
        errors.AtMost(path, texts, maxCount);
        errors.NoBlankItems(path, texts);
        for (var i = 0; i < texts.Count; i++) errors.MaxLength($"{path}[{i}]", texts[i], maxLength);
    }
}

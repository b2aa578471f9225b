using Leerruimte.Features.ContentPacks;

namespace Leerruimte.Features.WorkForms;

public static class WorkFormPackValidator
{
    public static void Validate(WorkFormPack pack, PackErrors errors)
    {
        errors.AtLeast("workForms", pack.WorkForms, 1);
        errors.UniqueIds("workForms", pack.WorkForms.Select(w => w.Id));
        for (var i = 0; i < pack.WorkForms.Count; i++)
        {
            var form = pack.WorkForms[i];
            var path = $"workForms[{i}]";
            errors.Slug($"{path}.id", form.Id);
            errors.Required($"{path}.title", form.Title);
            errors.Required($"{path}.purpose", form.Purpose);
            errors.Positive($"{path}.minutes", form.Minutes);
            errors.AtLeast($"{path}.steps", form.Steps, 1);
            for (var s = 0; s < form.Steps.Count; s++)
                errors.Required($"{path}.steps[{s}].text", form.Steps[s].Text);
            var stepMinutes = form.Steps.Sum(s => s.Minutes);
            if (stepMinutes > form.Minutes)
                errors.Add($"{path}.minutes", $"de stappen duren samen {stepMinutes} minuten, meer dan de {form.Minutes} minuten van de werkvorm");
        }
    }
}

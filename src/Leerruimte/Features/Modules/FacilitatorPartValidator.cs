using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Forms;

namespace Leerruimte.Features.Modules;

public static class FacilitatorPartValidator
{
    public static void Validate(ModulePack pack, PackErrors errors)
    {
        var part = pack.Facilitator;
        errors.Required("facilitator", part);
        if (part is null) return;
        errors.Required("facilitator.role", part.Role);
        errors.Positive("facilitator.durationMinutes", part.DurationMinutes);
        errors.AtLeast("facilitator.agenda", part.Agenda, 1);
        for (var i = 0; i < part.Agenda.Count; i++) ValidateItem(pack, part.Agenda[i], $"facilitator.agenda[{i}]", errors);

        var total = part.Agenda.Sum(a => a.Minutes);
        if (part.Agenda.Count > 0 && total != part.DurationMinutes)
            errors.Add("facilitator.durationMinutes",
                $"de onderdelen van de agenda duren samen {total} minuten, maar de bijeenkomst duurt {part.DurationMinutes} minuten");

        ValidateFeedbackForm(part.FeedbackForm, errors);
    }

    private static void ValidateItem(ModulePack pack, AgendaItem item, string path, PackErrors errors)
    {
        errors.Required($"{path}.title", item.Title);
        errors.Positive($"{path}.minutes", item.Minutes);
        if (item.Assignment is not null && pack.FindAssignment(item.Assignment) is null)
            errors.Add($"{path}.assignment", $"opdracht '{item.Assignment}' staat niet onder assignments");
        for (var i = 0; i < item.Activities.Count; i++)
        {
            var activity = item.Activities[i];
            errors.Required($"{path}.activities[{i}].title", activity.Title);
            errors.Positive($"{path}.activities[{i}].minutes", activity.Minutes);
            if (string.IsNullOrWhiteSpace(activity.Say) && string.IsNullOrWhiteSpace(activity.Do))
                errors.Add($"{path}.activities[{i}]", "zeg (say) of doe (do) is nodig");
        }
        var sum = item.Activities.Sum(a => a.Minutes);
        if (item.Activities.Count > 0 && sum != item.Minutes)
            errors.Add($"{path}.minutes", $"de activiteiten duren samen {sum} minuten, maar dit onderdeel duurt {item.Minutes} minuten");
    }

    private static void ValidateFeedbackForm(FeedbackForm? form, PackErrors errors)
    {
        const string path = "facilitator.feedbackForm";
        errors.Required(path, form);
        if (form is null) return;
        if (!form.IsShort)
        {
            FormDefinitionValidator.Validate(form.Definition, path, errors);
            return;
        }
        if (form.Questions.Count > 0 || form.Scale.Count > 0)
            errors.Add(path, "schrijf het formulier óf kort (scaleLabels en statements) óf uit (scale en questions), niet allebei");
        errors.AtLeast($"{path}.scaleLabels", form.ScaleLabels, 2);
        errors.NoBlankItems($"{path}.scaleLabels", form.ScaleLabels);
        errors.AtLeast($"{path}.statements", form.Statements, 1);
        errors.NoBlankItems($"{path}.statements", form.Statements);
    }
}

using Leerruimte.Features.ContentPacks;

namespace Leerruimte.Features.Modules;

/// <summary>The rules for an individual action's form, wherever a pack holds one (a module; a training's agreements).</summary>
public static class IndividualActionValidator
{
    public static void Validate(string path, IndividualAction? action, PackErrors errors)
    {
        if (action is null) return;
        errors.Required($"{path}.goal", action.Goal);
        errors.Required($"{path}.formTitle", action.FormTitle);
        if (action.Scale.Min < 0 || action.Scale.Max <= action.Scale.Min || action.Scale.Max > 100)
            errors.Add($"{path}.scale", "max moet groter zijn dan min (bijv. min: 1, max: 10)");
        if (action.Scale.FollowUpWeeks is < 1 or > 52)
            errors.Add($"{path}.scale.followUpWeeks", "moet tussen 1 en 52 weken liggen");
    }
}

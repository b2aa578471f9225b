using Leerruimte.Features.ContentPacks;

namespace Leerruimte.Features.TrainingProgrammes;

/// <summary>A module's timed script: like a module's agenda its minutes add up, and it serves every learning outcome.</summary>
public static class ScriptValidator
{
    /// <summary>A module is a half day: about four hours with the breaks.</summary>
    public const int MinMinutes = 225, MaxMinutes = 245;

    public static void Validate(TrainingModule module, string path, PackErrors errors)
    {
        if (module.DurationMinutes is < MinMinutes or > MaxMinutes)
            errors.Add($"{path}.durationMinutes", $"is {module.DurationMinutes}; een module duurt tussen {MinMinutes} en {MaxMinutes} minuten (een dagdeel met pauzes)");
        errors.AtLeast($"{path}.script", module.Script, 1);
        for (var i = 0; i < module.Script.Count; i++) ValidateItem(module, module.Script[i], $"{path}.script[{i}]", errors);

        var total = module.Script.Sum(s => s.Minutes);
        if (module.Script.Count > 0 && total != module.DurationMinutes)
            errors.Add($"{path}.durationMinutes", $"de onderdelen van het draaiboek duren samen {total} minuten, maar de module duurt {module.DurationMinutes} minuten");

        for (var o = 0; o < module.LearningOutcomes.Count; o++)
        {
            var id = module.LearningOutcomes[o].Id;
            if (id is not null && !module.Script.Any(s => s.Outcomes.Contains(id)))
                errors.Add($"{path}.learningOutcomes[{o}].id", $"leeruitkomst '{id}' komt bij geen enkel onderdeel van het draaiboek terug (outcomes)");
        }
    }

    private static void ValidateItem(TrainingModule module, ScriptItem item, string path, PackErrors errors)
    {
        errors.Required($"{path}.title", item.Title);
        errors.Positive($"{path}.minutes", item.Minutes);
        if (item.WorkForm is not null) errors.Slug($"{path}.workForm", item.WorkForm);
        if (item.Break)
        {
            if (item.Outcomes.Count > 0 || item.WorkForm is not null)
                errors.Add($"{path}.break", "een pauze heeft geen leeruitkomsten (outcomes) en geen werkvorm");
            return;
        }
        if (string.IsNullOrWhiteSpace(item.Say) && string.IsNullOrWhiteSpace(item.Do))
            errors.Add(path, "zeg (say) of doe (do) is nodig");
        for (var o = 0; o < item.Outcomes.Count; o++)
        {
            if (module.FindOutcome(item.Outcomes[o]) is null)
                errors.Add($"{path}.outcomes[{o}]", $"leeruitkomst '{item.Outcomes[o]}' staat niet onder learningOutcomes van deze module");
            else if (item.Outcomes.Take(o).Contains(item.Outcomes[o]))
                errors.Add($"{path}.outcomes[{o}]", $"leeruitkomst '{item.Outcomes[o]}' staat hier twee keer");
        }
        errors.NoBlankItems($"{path}.materials", item.Materials);
    }
}

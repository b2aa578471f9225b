using Leerruimte.Features.ContentPacks;

namespace Leerruimte.Features.RunningCases;

public static class RunningCasePackValidator
{
    public const int MaxCases = 20, MaxTitle = 200, MaxNames = 4, MaxName = 80, MaxSummary = 1000;
    public const int MaxFacts = 20, MaxLabel = 80, MaxValue = 500, MaxText = 4000, MaxActorBackground = 8000;
    public const int MaxRole = 80, MaxStages = 12, MaxInstruction = 2000, MaxStageText = 6000;
    public const int FirstModule = 1, LastModule = 4;

    public static void Validate(RunningCasePack pack, PackErrors errors)
    {
        errors.Slug("programme", pack.Programme);
        errors.AtLeast("cases", pack.Cases, 1);
        errors.AtMost("cases", pack.Cases, MaxCases);
        errors.UniqueIds("cases", pack.Cases.Select(c => c.Id));
        for (var i = 0; i < pack.Cases.Count; i++)
            ValidateCase(pack.Cases[i], $"cases[{i}]", errors);
    }

    private static void ValidateCase(RunningCase c, string path, PackErrors errors)
    {
        errors.Slug($"{path}.id", c.Id);
        Text($"{path}.title", c.Title, MaxTitle, errors);
        errors.AtLeast($"{path}.names", c.Names, 1);
        errors.AtMost($"{path}.names", c.Names, MaxNames);
        errors.NoBlankItems($"{path}.names", c.Names);
        for (var n = 0; n < c.Names.Count; n++) errors.MaxLength($"{path}.names[{n}]", c.Names[n], MaxName);
        Text($"{path}.summary", c.Summary, MaxSummary, errors);
        ValidateIntake(c.IntakeData, $"{path}.intakeData", errors);
        Text($"{path}.behaviour", c.Behaviour, MaxText, errors);
        Text($"{path}.actorBackground", c.ActorBackground, MaxActorBackground, errors);
        if (c.CarerCard is { } card)
        {
            Text($"{path}.carerCard.role", card.Role, MaxRole, errors);
            Text($"{path}.carerCard.text", card.Text, MaxText, errors);
        }
        ValidateStages(c.Stages, $"{path}.stages", errors);
    }

    private static void ValidateIntake(List<IntakeFact> facts, string path, PackErrors errors)
    {
        errors.AtLeast(path, facts, 1);
        errors.AtMost(path, facts, MaxFacts);
        for (var f = 0; f < facts.Count; f++)
        {
            Text($"{path}[{f}].label", facts[f].Label, MaxLabel, errors);
            Text($"{path}[{f}].value", facts[f].Value, MaxValue, errors);
        }
    }

    private static void ValidateStages(List<CaseStage> stages, string path, PackErrors errors)
    {
        errors.AtLeast(path, stages, 1);
        errors.AtMost(path, stages, MaxStages);
        errors.UniqueIds(path, stages.Select(s => s.Id));
        for (var s = 0; s < stages.Count; s++)
        {
            var stage = stages[s];
            var at = $"{path}[{s}]";
            errors.Slug($"{at}.id", stage.Id);
            if (stage.Module is < FirstModule or > LastModule)
                errors.Add($"{at}.module", $"moet een module van {FirstModule} tot en met {LastModule} zijn");
            else if (s > 0 && stage.Module < stages[s - 1].Module)
                errors.Add($"{at}.module", $"een fase hoort bij dezelfde of een latere module dan de fase ervoor (module {stages[s - 1].Module})");
            Text($"{at}.title", stage.Title, MaxTitle, errors);
            Text($"{at}.instruction", stage.Instruction, MaxInstruction, errors);
            Text($"{at}.text", stage.Text, MaxStageText, errors);
        }
    }

    private static void Text(string path, string? value, int max, PackErrors errors)
    {
        errors.Required(path, value);
        errors.MaxLength(path, value, max);
    }
}

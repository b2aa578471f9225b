using Leerruimte.Features.ContentPacks;

namespace Leerruimte.Features.TrainingProgrammes;

public static class TrainingProgrammeValidator
{
    public const int MaxModules = 12;

    public static void Validate(TrainingProgrammePack pack, PackErrors errors)
    {
        ValidateTalk(pack.PreparatoryTalk, errors);
        errors.Slug("meter", pack.Meter);
        errors.AtLeast("evaluationQuestions", pack.EvaluationQuestions, 1);
        errors.NoBlankItems("evaluationQuestions", pack.EvaluationQuestions);
        ValidateModules(pack, errors);
        ObservationFormValidator.Validate(pack, errors);
        Modules.IndividualActionValidator.Validate("agreements", pack.Agreements, errors);
    }

    private static void ValidateTalk(PreparatoryTalk? talk, PackErrors errors)
    {
        errors.Required("preparatoryTalk", talk);
        if (talk is null) return;
        errors.Required("preparatoryTalk.purpose", talk.Purpose);
        errors.AtLeast("preparatoryTalk.topics", talk.Topics, 1);
        for (var i = 0; i < talk.Topics.Count; i++) errors.Required($"preparatoryTalk.topics[{i}].question", talk.Topics[i].Question);
    }

    private static void ValidateModules(TrainingProgrammePack pack, PackErrors errors)
    {
        errors.AtLeast("modules", pack.Modules, 1);
        errors.AtMost("modules", pack.Modules, MaxModules);
        // Outcome ids are unique in the whole pack, so "m2-3" names one outcome wherever it is quoted.
        var outcomeIds = new HashSet<string>();
        for (var i = 0; i < pack.Modules.Count; i++)
        {
            var module = pack.Modules[i];
            var path = $"modules[{i}]";
            ValidateNumber(pack, i, errors);
            errors.Required($"{path}.title", module.Title);
            errors.Required($"{path}.summary", module.Summary);
            ValidateOutcomes(module, path, outcomeIds, errors);
            errors.AtLeast($"{path}.programme", module.Programme, 1);
            errors.NoBlankItems($"{path}.programme", module.Programme);
            errors.NoBlankItems($"{path}.preparation", module.Preparation);
            errors.NoBlankItems($"{path}.homework", module.Homework);
            errors.NoBlankItems($"{path}.trainerMaterials", module.TrainerMaterials);
            ValidateReading($"{path}.reading", module.Reading, errors);
            ValidateReading($"{path}.backgroundReading", module.BackgroundReading, errors);
            ScriptValidator.Validate(module, path, errors);
        }
    }

    private static void ValidateNumber(TrainingProgrammePack pack, int index, PackErrors errors)
    {
        var number = pack.Modules[index].Number;
        if (pack.Modules.Take(index).Any(m => m.Number == number))
            errors.Add($"modules[{index}].number", $"module {number} komt al eerder voor; elk nummer komt één keer voor");
        else if (number != index + 1)
            errors.Add($"modules[{index}].number", $"is {number} maar moet {index + 1} zijn: de modules staan op volgorde, genummerd vanaf 1");
    }

    private static void ValidateOutcomes(TrainingModule module, string path, HashSet<string> seen, PackErrors errors)
    {
        errors.AtLeast($"{path}.learningOutcomes", module.LearningOutcomes, 1);
        for (var o = 0; o < module.LearningOutcomes.Count; o++)
        {
            var outcome = module.LearningOutcomes[o];
            errors.Slug($"{path}.learningOutcomes[{o}].id", outcome.Id);
            errors.Required($"{path}.learningOutcomes[{o}].text", outcome.Text);
            if (outcome.Id is not null && !seen.Add(outcome.Id))
                errors.Add($"{path}.learningOutcomes[{o}].id", $"id '{outcome.Id}' komt meer dan eens voor in dit programma");
        }
    }

    private static void ValidateReading(string path, IReadOnlyList<Reading> reading, PackErrors errors)
    {
        for (var i = 0; i < reading.Count; i++)
        {
            errors.Required($"{path}[{i}].title", reading[i].Title);
            if (reading[i].Url is not null) errors.Url($"{path}[{i}].url", reading[i].Url);
        }
    }
}

using Leerruimte.Features.ContentPacks;

namespace Leerruimte.Features.Modules;

public static class ModulePackValidator
{
    public static void Validate(ModulePack pack, PackErrors errors)
    {
        errors.Required("competency", pack.Competency);
        ValidateIntroduction(pack.Introduction, errors);
        ValidateWorksheets(pack, errors);
        ValidateAssignments(pack, errors);
        errors.Required("individualAction", pack.IndividualAction);
        IndividualActionValidator.Validate("individualAction", pack.IndividualAction, errors);
        ValidateLearningForms(pack, errors);
        ValidateCases(pack, errors);
        FacilitatorPartValidator.Validate(pack, errors);
    }

    private static void ValidateIntroduction(Introduction? intro, PackErrors errors)
    {
        errors.Required("introduction", intro);
        if (intro is null) return;
        errors.Required("introduction.definition", intro.Definition);
        errors.Required("introduction.individualsAndNetwork", intro.IndividualsAndNetwork);
        errors.Required("introduction.groupsAndSociety", intro.GroupsAndSociety);
        errors.Required("introduction.example", intro.Example);
        errors.AtLeast("introduction.warmUpQuestions", intro.WarmUpQuestions, 1);
        errors.NoBlankItems("introduction.warmUpQuestions", intro.WarmUpQuestions);
        errors.Links("introduction.links", intro.Links);
    }

    private static void ValidateAssignments(ModulePack pack, PackErrors errors)
    {
        errors.AtLeast("assignments", pack.Assignments, 1);
        errors.UniqueIds("assignments", pack.Assignments.Select(a => a.Id));
        for (var i = 0; i < pack.Assignments.Count; i++)
        {
            var a = pack.Assignments[i];
            var path = $"assignments[{i}]";
            errors.Slug($"{path}.id", a.Id);
            errors.Required($"{path}.title", a.Title);
            errors.Required($"{path}.purpose", a.Purpose);
            errors.AtLeast($"{path}.steps", a.Steps, 1);
            for (var s = 0; s < a.Steps.Count; s++)
            {
                var step = a.Steps[s];
                errors.Required($"{path}.steps[{s}].title", step.Title);
                if (string.IsNullOrWhiteSpace(step.Text) && step.Prompts.Count == 0)
                    errors.Add($"{path}.steps[{s}]", "een stap heeft tekst of vragen (prompts) nodig");
                errors.NoBlankItems($"{path}.steps[{s}].prompts", step.Prompts);
            }
            ValidateGroupSize(a, path, errors);
            for (var t = 0; t < a.TimedSteps.Count; t++)
            {
                errors.Required($"{path}.timedSteps[{t}].title", a.TimedSteps[t].Title);
                errors.Positive($"{path}.timedSteps[{t}].minutes", a.TimedSteps[t].Minutes);
            }
            for (var q = 0; q < a.QuestionBlocks.Count; q++)
            {
                errors.Required($"{path}.questionBlocks[{q}].title", a.QuestionBlocks[q].Title);
                errors.AtLeast($"{path}.questionBlocks[{q}].questions", a.QuestionBlocks[q].Questions, 1);
                errors.NoBlankItems($"{path}.questionBlocks[{q}].questions", a.QuestionBlocks[q].Questions);
            }
            if (a.Worksheet is not null && pack.FindWorksheet(a.Worksheet) is null)
                errors.Add($"{path}.worksheet", $"werkblad '{a.Worksheet}' staat niet onder worksheets");
        }
    }

    private static void ValidateGroupSize(Assignment a, string path, PackErrors errors)
    {
        if (a.Format == AssignmentFormat.Groups)
        {
            if (a.GroupSize is null) errors.Add($"{path}.groupSize", "is verplicht bij format groups (bijv. min: 3, max: 4)");
            else if (a.GroupSize.Min < 2 || a.GroupSize.Max < a.GroupSize.Min)
                errors.Add($"{path}.groupSize", "min is minstens 2 en max is minstens min");
        }
        else if (a.GroupSize is not null)
            errors.Add($"{path}.groupSize", "hoort alleen bij format groups");
        if (a.SwapRoles && a.Format != AssignmentFormat.Pairs)
            errors.Add($"{path}.swapRoles", "rollen wisselen kan alleen bij format pairs");
    }

    private static void ValidateWorksheets(ModulePack pack, PackErrors errors)
    {
        errors.UniqueIds("worksheets", pack.Worksheets.Select(w => w.Id));
        for (var i = 0; i < pack.Worksheets.Count; i++)
        {
            var w = pack.Worksheets[i];
            errors.Slug($"worksheets[{i}].id", w.Id);
            errors.Required($"worksheets[{i}].title", w.Title);
            errors.AtLeast($"worksheets[{i}].phases", w.Phases, 1);
            for (var p = 0; p < w.Phases.Count; p++)
            {
                errors.Required($"worksheets[{i}].phases[{p}].title", w.Phases[p].Title);
                errors.AtLeast($"worksheets[{i}].phases[{p}].questions", w.Phases[p].Questions, 1);
            }
        }
    }

    private static void ValidateLearningForms(ModulePack pack, PackErrors errors)
    {
        errors.AtLeast("learningForms", pack.LearningForms, 1);
        for (var i = 0; i < pack.LearningForms.Count; i++)
        {
            var form = pack.LearningForms[i];
            if (pack.LearningForms.Take(i).Any(f => f.Way == form.Way))
                errors.Add($"learningForms[{i}].way", $"leervorm '{form.Way}' komt meer dan eens voor");
            if (form.Ideas.Count == 0 && form.References.Count == 0)
                errors.Add($"learningForms[{i}]", "een leervorm heeft ideeën of verwijzingen nodig");
            errors.NoBlankItems($"learningForms[{i}].ideas", form.Ideas);
            errors.Links($"learningForms[{i}].references", form.References);
        }
    }

    private static void ValidateCases(ModulePack pack, PackErrors errors)
    {
        for (var i = 0; i < pack.Cases.Count; i++)
        {
            errors.Required($"cases[{i}].title", pack.Cases[i].Title);
            errors.Required($"cases[{i}].text", pack.Cases[i].Text);
            errors.AtLeast($"cases[{i}].questions", pack.Cases[i].Questions, 1);
        }
        errors.NoBlankItems("dilemmas", pack.Dilemmas);
    }
}

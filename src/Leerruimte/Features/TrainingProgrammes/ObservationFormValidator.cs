using Leerruimte.Features.ContentPacks;

namespace Leerruimte.Features.TrainingProgrammes;

/// <summary>Observation forms: statements on a scale, or items with checkpoints; every id stable and unique in its form.</summary>
public static class ObservationFormValidator
{
    public static void Validate(TrainingProgrammePack pack, PackErrors errors)
    {
        errors.UniqueIds("observationForms", pack.ObservationForms.Select(f => f.Id));
        for (var i = 0; i < pack.ObservationForms.Count; i++)
        {
            var form = pack.ObservationForms[i];
            var path = $"observationForms[{i}]";
            errors.Slug($"{path}.id", form.Id);
            errors.Required($"{path}.title", form.Title);
            if (pack.FindModule(form.Module) is null)
                errors.Add($"{path}.module", $"module {form.Module} staat niet onder modules");
            if (form.Statements.Count > 0 == form.HasCheckpoints)
                errors.Add(path, "een observatieformulier heeft óf stellingen (statements, met scale) óf onderdelen met kijkpunten (items), niet allebei en niet geen van beide");
            else if (form.HasCheckpoints) ValidateItems(form, path, errors);
            else ValidateStatements(form, path, errors);
        }
    }

    private static void ValidateStatements(ObservationForm form, string path, PackErrors errors)
    {
        errors.AtLeast($"{path}.scale", form.Scale, 2);
        errors.NoBlankItems($"{path}.scale", form.Scale);
        Texts($"{path}.statements", form.Statements, errors);
    }

    private static void ValidateItems(ObservationForm form, string path, PackErrors errors)
    {
        if (form.Scale.Count > 0) errors.Add($"{path}.scale", "kijkpunten worden afgevinkt (gezien of niet); een schaal hoort alleen bij stellingen");
        Texts($"{path}.items", form.Items.Select(i => new ObservationStatement { Id = i.Id, Text = i.Text }).ToList(), errors);
        // Checkpoint ids are unique in the whole form, so an answer names its checkpoint without its item.
        var seen = new HashSet<string>(form.Items.Select(i => i.Id).OfType<string>());
        for (var i = 0; i < form.Items.Count; i++)
        {
            var checkpoints = form.Items[i].Checkpoints;
            errors.AtLeast($"{path}.items[{i}].checkpoints", checkpoints, 1);
            Texts($"{path}.items[{i}].checkpoints", checkpoints, errors, unique: false);
            for (var c = 0; c < checkpoints.Count; c++)
                if (checkpoints[c].Id is { } id && !seen.Add(id))
                    errors.Add($"{path}.items[{i}].checkpoints[{c}].id", $"id '{id}' komt meer dan eens voor in dit formulier");
        }
    }

    private static void Texts(string path, IReadOnlyList<ObservationStatement> list, PackErrors errors, bool unique = true)
    {
        errors.AtLeast(path, list, 1);
        if (unique) errors.UniqueIds(path, list.Select(s => s.Id));
        for (var i = 0; i < list.Count; i++)
        {
            errors.Slug($"{path}[{i}].id", list[i].Id);
            if (list[i].Id == ObservationForm.RemarksId) errors.Add($"{path}[{i}].id", $"'{ObservationForm.RemarksId}' is de vraag naar opmerkingen die elk formulier al heeft; kies een ander id");
            errors.Required($"{path}[{i}].text", list[i].Text);
        }
    }
}

using Leerruimte.Features.Meter;
using Leerruimte.Features.Modules;
using Leerruimte.Features.References;
using Leerruimte.Features.WorkForms;

namespace Leerruimte.Features.ContentPacks;

/// <summary>The rules a pack must meet before anything of it is stored.</summary>
public static class PackValidator
{
    public static void Validate(PackHeader pack, PackErrors errors)
    {
        errors.Slug("id", pack.Id);
        if (pack.Version < 1) errors.Add("version", "moet een heel getal van 1 of meer zijn");
        errors.Required("title", pack.Title);

        switch (pack)
        {
            case ModulePack module: ModulePackValidator.Validate(module, errors); break;
            case WorkFormPack workForms: ValidateWorkForms(workForms, errors); break;
            case ReferenceListPack lists: ValidateReferenceLists(lists, errors); break;
            case InstrumentPack instrument: InstrumentPackValidator.Validate(instrument, errors); break;
        }
    }

    private static void ValidateWorkForms(WorkFormPack pack, PackErrors errors)
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

    private static void ValidateReferenceLists(ReferenceListPack pack, PackErrors errors)
    {
        errors.AtLeast("lists", pack.Lists, 1);
        errors.UniqueIds("lists", pack.Lists.Select(l => l.Id));
        for (var i = 0; i < pack.Lists.Count; i++)
        {
            var list = pack.Lists[i];
            var path = $"lists[{i}]";
            errors.Slug($"{path}.id", list.Id);
            errors.Required($"{path}.title", list.Title);
            errors.AtLeast($"{path}.items", list.Items, 1);
            for (var j = 0; j < list.Items.Count; j++)
                errors.Required($"{path}.items[{j}].title", list.Items[j].Title);
        }
    }
}

using Leerruimte.Features.ContentPacks;

namespace Leerruimte.Features.References;

public static class ReferenceListPackValidator
{
    public static void Validate(ReferenceListPack pack, PackErrors errors)
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

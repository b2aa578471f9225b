using Leerruimte.Features.ContentPacks;

namespace Leerruimte.Features.Meter;

public static class InstrumentPackValidator
{
    public static void Validate(InstrumentPack pack, PackErrors errors)
    {
        ValidateScale(pack.Scale, errors);
        errors.AtLeast("clusters", pack.Clusters, 1);
        errors.UniqueIds("clusters", pack.Clusters.Select(c => c.Id));
        var seen = new HashSet<string>();
        for (var i = 0; i < pack.Clusters.Count; i++)
        {
            var cluster = pack.Clusters[i];
            var path = $"clusters[{i}]";
            errors.Slug($"{path}.id", cluster.Id);
            errors.Required($"{path}.title", cluster.Title);
            errors.AtLeast($"{path}.statements", cluster.Statements, 1);
            for (var s = 0; s < cluster.Statements.Count; s++)
            {
                var statement = cluster.Statements[s];
                errors.Slug($"{path}.statements[{s}].id", statement.Id);
                errors.Required($"{path}.statements[{s}].text", statement.Text);
                if (statement.Id is { } id && !seen.Add(id))
                    errors.Add($"{path}.statements[{s}].id", $"id '{id}' komt meer dan eens voor in dit instrument");
            }
        }
    }

    private static void ValidateScale(List<ScalePoint> scale, PackErrors errors)
    {
        if (scale.Count < 2)
        {
            errors.Add("scale", "een schaal heeft minstens twee punten nodig (bijv. 1 tot en met 5)");
            return;
        }
        for (var i = 0; i < scale.Count; i++)
        {
            errors.Required($"scale[{i}].label", scale[i].Label);
            if (scale[i].Value is < 0 or > 100) errors.Add($"scale[{i}].value", "moet een heel getal van 0 tot en met 100 zijn");
            if (i > 0 && scale[i].Value != scale[i - 1].Value + 1)
                errors.Add($"scale[{i}].value", $"de punten lopen op met 1: na {scale[i - 1].Value} komt {scale[i - 1].Value + 1}");
        }
    }
}

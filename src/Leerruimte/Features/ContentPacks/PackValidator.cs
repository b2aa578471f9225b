namespace Leerruimte.Features.ContentPacks;

/// <summary>The rules every pack's header must meet; each kind adds its own (<see cref="PackKind.Validate"/>).</summary>
public static class PackValidator
{
    public static void ValidateHeader(PackHeader pack, PackErrors errors)
    {
        errors.Slug("id", pack.Id);
        if (pack.Version < 1) errors.Add("version", "moet een heel getal van 1 of meer zijn");
        errors.Required("title", pack.Title);
    }
}

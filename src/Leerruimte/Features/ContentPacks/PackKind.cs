namespace Leerruimte.Features.ContentPacks;

/// <summary>
/// One kind of content pack: the <c>kind:</c> value of its files, the class their YAML is read into and the
/// rules they must meet beyond the common header. The feature that reads the pack registers it in its own
/// setup (<see cref="PackKindSetup.AddPackKind{TPack}"/>); ContentPacks knows no feature.
/// </summary>
public sealed record PackKind(string Name, Type PackType, Action<PackHeader, PackErrors> Validate)
{
    public static PackKind Of<TPack>(string name, Action<TPack, PackErrors> validate) where TPack : PackHeader =>
        new(name, typeof(TPack), (pack, errors) => validate((TPack)pack, errors));
}

/// <summary>The registered pack kinds, by their name in a file and by the class they are read into.</summary>
public sealed class PackKinds
{
    private readonly List<PackKind> kinds;

    public PackKinds(IEnumerable<PackKind> registered)
    {
        kinds = registered.ToList();
        if (kinds.GroupBy(k => k.Name).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new InvalidOperationException($"Pack kind '{twice.Key}' is registered more than once.");
        if (kinds.GroupBy(k => k.PackType).FirstOrDefault(g => g.Count() > 1) is { } shared)
            throw new InvalidOperationException($"{shared.Key.Name} is registered for more than one pack kind.");
    }

    public IEnumerable<string> Names => kinds.Select(k => k.Name);

    public PackKind? Find(string? name) => kinds.FirstOrDefault(k => k.Name == name);

    public string NameOf<TPack>() where TPack : PackHeader =>
        kinds.FirstOrDefault(k => k.PackType == typeof(TPack))?.Name
        ?? throw new InvalidOperationException($"{typeof(TPack).Name} is not registered as a pack kind (AddPackKind in its feature's setup).");
}

public static class PackKindSetup
{
    /// <summary>Lets content packs of this kind be read, validated and stored; called from the feature's own setup.</summary>
    public static WebApplicationBuilder AddPackKind<TPack>(this WebApplicationBuilder builder, string name, Action<TPack, PackErrors> validate)
        where TPack : PackHeader
    {
        builder.Services.AddSingleton(PackKind.Of(name, validate));
        return builder;
    }
}

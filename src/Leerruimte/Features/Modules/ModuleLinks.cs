namespace Leerruimte.Features.Modules;

/// <summary>Addresses within a module. A version is only added when one was asked for; otherwise links follow the newest.</summary>
public static class ModuleLinks
{
    public static string Part(string packId, string part, int? version = null) => $"/modules/{packId}/{part}{VersionQuery(version)}";

    public static string Print(string packId, string handout, int? version = null) => $"/modules/{packId}/afdrukken/{handout}{VersionQuery(version)}";

    private static string VersionQuery(int? version) => version is { } v ? $"?versie={v}" : "";
}

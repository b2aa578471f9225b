using Leerruimte.Features.ContentPacks;

namespace Leerruimte.Features.Modules;

/// <summary>Finds a module for a page: the newest version, or the one asked for with ?versie=.</summary>
public static class ModuleLookup
{
    public static async Task<(PackSummary Summary, ModulePack Module)?> FindModuleAsync(this ContentCatalogue catalogue, string packId, int? version)
    {
        if (!PackSlug.IsValid(packId) || version is < 1) return null;
        return await catalogue.FindAsync<ModulePack>(packId, version);
    }
}

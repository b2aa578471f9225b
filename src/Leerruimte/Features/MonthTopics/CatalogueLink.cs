using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Modules;
using Leerruimte.Features.WorkForms;

namespace Leerruimte.Features.MonthTopics;

/// <summary>A module or work form a topic of the month points to: stored as "module:slug" or "werkvorm:slug".</summary>
public sealed record CatalogueLink(string Value, string Title, string Href)
{
    /// <summary>The modules and work forms of the organisation's catalogue, modules first: what a topic may link to.</summary>
    public static async Task<List<CatalogueLink>> ChoicesAsync(ContentCatalogue catalogue, CancellationToken ct = default)
    {
        var modules = await catalogue.LatestAsync<ModulePack>(ct);
        var workForms = await catalogue.LatestAsync<WorkFormPack>(ct);
        return
        [
            .. modules.OrderBy(m => m.Title).Select(m => new CatalogueLink($"module:{m.PackId}", m.Title, $"/modules/{m.PackId}")),
            .. workForms.OrderBy(w => w.Title).Select(w => new CatalogueLink($"werkvorm:{w.PackId}", w.Title, $"/naslag/werkvormen/{w.PackId}")),
        ];
    }
}

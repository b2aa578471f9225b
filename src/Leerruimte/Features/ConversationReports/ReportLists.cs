using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.References;

namespace Leerruimte.Features.ConversationReports;

/// <summary>The names a report uses, read from the reference lists: life domains, IRB phases, ICF components.</summary>
public sealed record ReportLists(IReadOnlyList<string> Domains, IReadOnlyList<string> Phases, IReadOnlyList<string> Icf)
{
    public static async Task<ReportLists> LoadAsync(ContentCatalogue catalogue, CancellationToken ct = default) =>
        new(await TitlesAsync(catalogue, "levensdomeinen", ct), await TitlesAsync(catalogue, "irb-fasen", ct), await TitlesAsync(catalogue, "icf-componenten", ct));

    private static async Task<IReadOnlyList<string>> TitlesAsync(ContentCatalogue catalogue, string listId, CancellationToken ct) =>
        [.. ((await catalogue.ReferenceListAsync(listId, ct))?.Items ?? []).Select(i => i.Title).OfType<string>()];
}

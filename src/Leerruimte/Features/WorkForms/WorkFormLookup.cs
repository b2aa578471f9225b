using Leerruimte.Features.ContentPacks;

namespace Leerruimte.Features.WorkForms;

/// <summary>The work forms the current organisation can read: those of the newest version of each work-form pack.</summary>
public static class WorkFormLookup
{
    public static async Task<List<WorkForm>> WorkFormsAsync(this ContentCatalogue catalogue)
    {
        var forms = new List<WorkForm>();
        foreach (var summary in await catalogue.LatestAsync<WorkFormPack>())
            if (await catalogue.FindAsync<WorkFormPack>(summary.PackId) is { } found) forms.AddRange(found.Pack.WorkForms);
        return forms;
    }

    /// <summary>The work form with this id, from the first pack (by title) that has it; null for an id no pack has.</summary>
    public static async Task<WorkForm?> FindWorkFormAsync(this ContentCatalogue catalogue, string? id) =>
        string.IsNullOrEmpty(id) || !PackSlug.IsValid(id) ? null : (await catalogue.WorkFormsAsync()).FirstOrDefault(w => w.Id == id);
}

using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Sessions;

namespace Leerruimte.Features.WorkForms;

/// <summary>
/// A work form run as a live session's script (a case consultation by a method, a board session): each of its steps
/// one step on every screen, its notes kept per step. The session's script reference names the work form in one
/// stored pack version, so later versions of the pack do not change a session.
/// </summary>
public static class WorkFormScript
{
    public static SessionScript Of(WorkForm form) =>
        new([.. form.Steps.Select((s, i) => new ScriptStep(s.Title!, s.Minutes, StepKey(form, i)))]);

    public static string StepKey(WorkForm form, int index) => $"{form.Id}:{index + 1}";

    public static string Ref(Guid packVersionId, string formId) => $"{packVersionId}:{formId}";

    public static async Task<WorkForm?> FindAsync(ContentCatalogue catalogue, string scriptRef, CancellationToken ct = default)
    {
        var parts = scriptRef.Split(':', 2);
        return parts.Length == 2 && Guid.TryParse(parts[0], out var version) && await catalogue.ByVersionIdAsync<WorkFormPack>(version, ct) is { } pack
            ? pack.WorkForms.FirstOrDefault(w => w.Id == parts[1]) : null;
    }

    /// <summary>The work forms with steps that <paramref name="fits"/>, in the newest work-forms packs, own packs first, each id once.</summary>
    public static async Task<List<(Guid VersionId, WorkForm Form)>> NewestAsync(ContentCatalogue catalogue, Func<WorkForm, bool> fits, CancellationToken ct = default)
    {
        var forms = new List<(Guid, WorkForm)>();
        foreach (var summary in (await catalogue.LatestAsync<WorkFormPack>(ct)).OrderBy(s => s.IsShipped))
            if (await catalogue.ByVersionIdAsync<WorkFormPack>(summary.VersionId, ct) is { } pack)
                forms.AddRange(pack.WorkForms.Where(w => fits(w) && w.Steps.Count > 0 && forms.All(f => f.Item2.Id != w.Id)).Select(w => (summary.VersionId, w)));
        return forms;
    }
}

using Leerruimte.Data;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Sessions;
using Leerruimte.Features.WorkForms;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.AgendaSessions;

/// <summary>An item of a team session's agenda with the work form it names, as stored in its pack version.</summary>
public sealed record AgendaEntry(AgendaSessionItem Item, WorkForm Form);

/// <summary>A step of a team session: the kernel's step and the work-form step it came from (for the StepGuide).</summary>
public sealed record AgendaStep(ScriptStep Step, WorkFormStep Guide);

/// <summary>
/// A team session's script: the steps of each work form on its agenda, in order. When an item has other minutes than
/// its work form, the form's steps are scaled to them (<see cref="Scale"/>), so the clocks add up to the plan. Each
/// step's key names its place on the agenda, so one work form twice keeps two boards.
/// </summary>
public static class AgendaScript
{
    public static SessionScript Of(IReadOnlyList<AgendaEntry> agenda) => new([.. Steps(agenda).Select(s => s.Step)]);

    public static List<AgendaStep> Steps(IReadOnlyList<AgendaEntry> agenda) =>
    [
        .. agenda.SelectMany(entry =>
        {
            var minutes = Scale([.. entry.Form.Steps.Select(s => s.Minutes)], entry.Item.Minutes);
            return entry.Form.Steps.Select((s, i) => new AgendaStep(
                new ScriptStep($"{entry.Form.Title} · {s.Title}", minutes[i], $"{entry.Item.Position + 1}:{entry.Form.Id}:{i + 1}"), s));
        }),
    ];

    /// <summary>
    /// Step minutes scaled to <paramref name="total"/>: in proportion, each step at least one minute, the minutes left
    /// by rounding down going to the largest remainders, so they add up to the total exactly (given one per step).
    /// </summary>
    public static int[] Scale(IReadOnlyList<int> minutes, int total)
    {
        if (minutes.Count == 0 || minutes.Sum() == total) return [.. minutes];
        var weights = minutes.Sum() > 0 ? minutes.Select(m => (double)Math.Max(0, m)).ToArray() : [.. minutes.Select(_ => 1.0)];
        var exact = weights.Select(w => total * w / weights.Sum()).ToArray();
        var scaled = exact.Select(e => Math.Max(1, (int)Math.Floor(e))).ToArray();
        var order = Enumerable.Range(0, scaled.Length).OrderByDescending(i => exact[i] - Math.Floor(exact[i])).ThenBy(i => i).ToList();
        for (var k = 0; scaled.Sum() < total; k++) scaled[order[k % order.Count]]++;
        while (scaled.Sum() > total && scaled.Max() > 1) scaled[Array.IndexOf(scaled, scaled.Max())]--; // a one-minute floor raised a step
        return scaled;
    }

    /// <summary>The agenda of a team session with each work form from its stored pack version; null when one is missing.</summary>
    public static async Task<List<AgendaEntry>?> LoadAsync(LeerruimteDb db, ContentCatalogue catalogue, Guid agendaId, CancellationToken ct = default)
    {
        var items = await db.AgendaSessionItems.AsNoTracking().Where(i => i.AgendaSessionId == agendaId).OrderBy(i => i.Position).ToListAsync(ct);
        var agenda = new List<AgendaEntry>();
        foreach (var item in items)
        {
            if (await WorkFormScript.FindAsync(catalogue, WorkFormScript.Ref(item.PackVersionId, item.WorkFormId), ct) is not { } form) return null;
            agenda.Add(new(item, form));
        }
        return agenda.Count > 0 ? agenda : null;
    }
}

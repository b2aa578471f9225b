using Leerruimte.Data;
using Leerruimte.Features.Meter;
using Leerruimte.Features.People;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Sharing;

/// <summary>What a share is called and where its reader opens it: on "Gedeeld met mij" and in the message that says it was shared.</summary>
public static class SharedItems
{
    public sealed record Item(string Owner, string Title, string Href);

    /// <summary>Per share id; a share whose item is gone, or is not the owner's, has none.</summary>
    public static async Task<Dictionary<Guid, Item>> OfAsync(LeerruimteDb db, IReadOnlyCollection<Share> shares, CancellationToken ct = default)
    {
        var owners = shares.Select(s => s.OwnerId).Distinct().ToList();
        var names = await db.Users.Where(p => owners.Contains(p.Id)).DisplayNamesAsync(ct);
        var ids = shares.Select(s => s.ItemId).ToList();
        var measurements = await db.Measurements.Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => new { m.PersonId, m.Title, m.Kind }, ct);
        var activities = await db.LearningActivities.Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => new { a.PersonId, a.Title }, ct);
        var reflections = await db.Reflections.Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.PersonId, ct);
        var items = new Dictionary<Guid, Item>();
        foreach (var s in shares)
        {
            if (!names.TryGetValue(s.OwnerId, out var owner)) continue;
            (string Title, string Href)? item = s.Kind switch
            {
                ShareKind.Measurement when measurements.TryGetValue(s.ItemId, out var m) && m.PersonId == s.OwnerId =>
                    ($"{m.Title} ({MeterTexts.Kind(m.Kind)})", $"/gedeeld/metingen/{s.ItemId}"),
                ShareKind.Plan => (string.Format(Ui.Shared_PlanOf, owner), $"/gedeeld/plan/{s.OwnerId}"),
                ShareKind.LearningLog => (string.Format(Ui.Shared_LogOf, owner), $"/gedeeld/leerlogboek/{s.OwnerId}"),
                ShareKind.Reflection when reflections.TryGetValue(s.ItemId, out var r) && r == s.OwnerId => (Ui.Star_Title, $"/leerlogboek/reflecties/{s.ItemId}"),
                ShareKind.Declaration when Declarations.DeclarationPeriod.FromItemId(s.ItemId) is { } period =>
                    (string.Format(Ui.Shared_DeclarationOf, period.Label, owner), "/gedeeld"),
                ShareKind.Activity when activities.TryGetValue(s.ItemId, out var a) && a.PersonId == s.OwnerId => (a.Title, $"/leerlogboek/activiteiten/{s.ItemId}"),
                _ => null,
            };
            if (item is { } i) items[s.Id] = new Item(owner, i.Title, i.Href);
        }
        return items;
    }
}

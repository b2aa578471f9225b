using Leerruimte.Data;
using Leerruimte.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Sharing;

/// <summary>Sharing as the owner does it in the app: through the "Delen" panel under the item.</summary>
public static class SharingWorld
{
    /// <summary>Shares what <paramref name="page"/> shows (plan, log: item id empty) with one person, optionally with the evidence files.</summary>
    public static async Task<HtmlPage> ShareAsync(this LeerruimteApp app, HttpClient owner, string page, string withEmail, Guid? item = null, bool withEvidence = false)
    {
        var fields = new Dictionary<string, string> { ["ShareWith"] = $"p:{await app.PersonIdAsync(withEmail)}" };
        if (withEvidence) fields["WithEvidence"] = "true";
        return await (await owner.PageAsync(page)).SubmitAsync(owner, $"share-{item ?? Guid.Empty:N}", fields);
    }

    public static async Task<HtmlPage> RevokeAllAsync(HttpClient owner, string page, Guid? item = null)
    {
        var current = await owner.PageAsync(page);
        foreach (var id in current.Document.QuerySelectorAll("button[name=RevokeId]").Select(b => b.GetAttribute("value")!).ToList())
            current = await (await owner.PageAsync(page)).SubmitAsync(owner, $"revoke-{item ?? Guid.Empty:N}", new Dictionary<string, string>(), ("RevokeId", id));
        return current;
    }

    public static Task<List<Notification>> NotificationsOfAsync(this LeerruimteApp app, Guid person) =>
        app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().Notifications.IgnoreQueryFilters([TenantFilters.Name])
            .Where(n => n.PersonId == person).OrderBy(n => n.CreatedAt).ToListAsync());

    /// <summary>A log with a reflection and an activity with an evidence file; returns the activity's address.</summary>
    public static async Task<string> FillLogAsync(HttpClient member)
    {
        var reflection = await (await member.PageAsync("/leerlogboek/reflecties/nieuw")).SubmitAsync(member, "reflection", new Dictionary<string, string>
        {
            ["Input.Date"] = "2026-11-20", ["Input.Situation"] = "Een boze vader aan de balie", ["Input.DevelopmentPointId"] = "", ["Input.ActionId"] = "",
        });
        Assert.Equal(HttpStatusCode.Redirect, reflection.Status);
        var form = (await member.PageAsync("/leerlogboek/activiteiten/nieuw")).Form("activity");
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in RouteCrawl.FieldsOf(form).Where(f => f.Key.StartsWith('_'))) content.Add(new StringContent(value), name);
        foreach (var (name, value) in new Dictionary<string, string>
                 { ["Input.Title"] = "Intervisie over huiselijk geweld", ["Input.Date"] = "2026-10-05", ["Input.Minutes"] = "90", ["Input.Category"] = "Social", ["Input.Kind"] = "Intervision", ["Input.Notes"] = "" })
            content.Add(new StringContent(value), name);
        content.Add(new ByteArrayContent("%PDF-1.4 intervisie"u8.ToArray()), "evidence", "certificaat.pdf");
        Assert.Equal(HttpStatusCode.Redirect, (await member.PostAsync("/leerlogboek/activiteiten/nieuw", content)).StatusCode);
        var log = await member.PageAsync("/leerlogboek");
        return log.Document.QuerySelector(".app-card a[href^='/leerlogboek/activiteiten/']")!.GetAttribute("href")!;
    }
}

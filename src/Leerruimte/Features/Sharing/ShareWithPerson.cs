using Leerruimte.Data;
using Leerruimte.Features.Notifications;
using Leerruimte.Infrastructure;
using Leerruimte.Features.Scheduling;
using Leerruimte.Infrastructure.Mail;
using Leerruimte.Resources;
using Leerruimte.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Sharing;

/// <summary>
/// The owner lets one named colleague read an item. The colleague is told, on the start page and by mail, who
/// shared what, with a link to it; once per share: sharing again with the same person changes nothing and sends
/// nothing. Taking a share back sends nothing either.
/// </summary>
public sealed class ShareWithPerson(IDbContextFactory<LeerruimteDb> contexts, Shares shares, TenantContext tenant, TimeProvider clock, PublicLinks links)
{
    public async Task<string?> RunAsync(Guid ownerId, ShareKind kind, Guid itemId, Guid recipientId, bool withEvidence = false, CancellationToken ct = default)
    {
        if ((await shares.ColleaguesAsync(ownerId, ct)).All(c => c.Id != recipientId)) return Ui.Share_NotAColleague;
        // Its own context, as in Shares: the sharing panel is a child component beside its page's queries.
        await using var db = contexts.CreateDbContext();
        withEvidence &= kind == ShareKind.LearningLog;
        var existing = await db.Shares.FirstOrDefaultAsync(s => s.OwnerId == ownerId && s.Kind == kind && s.ItemId == itemId && s.RecipientId == recipientId, ct);
        if (existing is not null)
        {
            existing.WithEvidence = withEvidence;
            await db.SaveChangesAsync(ct);
            return null;
        }
        var share = new Share { OwnerId = ownerId, Kind = kind, ItemId = itemId, RecipientId = recipientId, WithEvidence = withEvidence };
        if (!(await SharedItems.OfAsync(db, [share], ct)).TryGetValue(share.Id, out var item)) return Ui.Share_UnknownItem;
        db.Shares.Add(share);
        await TellRecipientAsync(db, recipientId, item, ct);
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Message kind "shares": start page and mail to the person something was shared with, stored with the share.</summary>
    private async Task TellRecipientAsync(LeerruimteDb db, Guid recipientId, SharedItems.Item item, CancellationToken ct)
    {
        var to = await db.Users.Where(p => p.Id == recipientId).Select(p => new Messages.Recipient(p.Id, p.DisplayName, p.Email!)).SingleAsync(ct);
        // On this context, so the message, its mail and its digest are stored in the same save as the share.
        var messages = new Messages(db, new MailOutbox(db, tenant, clock), new JobScheduler(db, tenant), links, clock);
        await messages.SendAsync(to, new(MessageKind.Share, string.Format(Ui.Notification_Shared, item.Owner, item.Title), item.Href,
            string.Format(Ui.Mail_Shared_Subject, item.Owner, item.Title),
            string.Format(Ui.Mail_Shared_Body, to.Name, item.Owner, item.Title, links.To(item.Href))), ct);
    }
}

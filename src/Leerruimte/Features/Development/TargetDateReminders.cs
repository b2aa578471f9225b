using Leerruimte.Data;
using Leerruimte.Features.Notifications;
using Leerruimte.Features.Scheduling;
using Leerruimte.Infrastructure;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Development;

/// <summary>
/// On the morning of a development point's target date (08:00 Dutch time) its owner is reminded, on the start
/// page and by mail, once. Scheduled when a target date is set or changed; a point that is reached, stopped,
/// deleted or has no date (or another date) by then gets nothing.
/// </summary>
public sealed class TargetDateReminders(LeerruimteDb db, Messages messages, PublicLinks links, TimeProvider clock) : IJobHandler
{
    public const string Kind = "plan-point-target-date";
    private static readonly TimeOnly Morning = new(8, 0);

    string IJobHandler.Kind => Kind;

    /// <summary>08:00 in the Netherlands on that day, in UTC (07:00 in winter, 06:00 in summer).</summary>
    public static DateTime DueAt(DateOnly targetDate) => DutchTime.TryToUtc(targetDate, Morning, out var utc) ? utc : throw new InvalidOperationException("08:00 always exists.");

    /// <summary>Called when a point is saved: a new or changed target date that is still ahead gets its reminder.</summary>
    public static async Task ScheduleAsync(JobScheduler jobs, DevelopmentPoint point, DateOnly? before, DateTime now, CancellationToken ct)
    {
        if (point.TargetDate is not { } date || date == before || DueAt(date) <= now) return;
        await jobs.ScheduleAgainAsync(Kind, point.Id, DueAt(date), ct);
    }

    public async Task RunAsync(Guid pointId, CancellationToken ct)
    {
        var point = await db.DevelopmentPoints.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pointId, ct);
        var today = DateOnly.FromDateTime(DutchTime.ToLocal(clock.GetUtcNow().UtcDateTime));
        if (point is null || point.TargetDate != today || point.Status is PointStatus.Done or PointStatus.Dropped) return;
        await RemindOwnerAsync(point, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Message kind "reminders": start page and mail to the owner of the point.</summary>
    private async Task RemindOwnerAsync(DevelopmentPoint point, CancellationToken ct)
    {
        var owner = await db.Users.Where(p => p.Id == point.PersonId).Select(p => new Messages.Recipient(p.Id, p.DisplayName, p.Email!)).SingleAsync(ct);
        var link = $"/ontwikkelplan/{point.Id}";
        await messages.SendAsync(owner, new(MessageKind.Reminder, string.Format(Ui.Notification_TargetDate, point.Title), link,
            string.Format(Ui.Mail_TargetDate_Subject, point.Title),
            string.Format(Ui.Mail_TargetDate_Body, owner.Name, point.TargetDate!.Value.ToString("d MMMM yyyy"), point.Title, links.To(link))), ct);
    }
}

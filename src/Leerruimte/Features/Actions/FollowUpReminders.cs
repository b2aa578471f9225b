using Leerruimte.Data;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Meetings;
using Leerruimte.Features.Modules;
using Leerruimte.Features.Notifications;
using Leerruimte.Features.Scheduling;
using Leerruimte.Features.Sessions;
using Leerruimte.Infrastructure;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Actions;

/// <summary>
/// At the end of the follow-up period every participant is asked, by e-mail and on their start page, to
/// rate again and write what they did and learned. Someone who was there but chose no action is not told
/// they did; they are invited to choose one still (the follow-up page leads them to it). Runs once per
/// meeting (a scheduled job).
/// </summary>
public sealed class FollowUpReminders(LeerruimteDb db, ContentCatalogue catalogue, Messages messages, PublicLinks links) : IJobHandler
{
    public const string Kind = "follow-up-reminder";

    string IJobHandler.Kind => Kind;

    public static DateTime DueAt(Meeting meeting, int weeks) => meeting.StartsAt.AddDays(7 * weeks);

    private sealed record Reminder(string Subject, string Body, string Notification, string Link);

    public async Task RunAsync(Guid meetingId, CancellationToken ct)
    {
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Session!).ThenInclude(s => s.Participants).FirstOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null || meeting.Status != MeetingStatus.Closed) return;
        var module = await catalogue.ByVersionIdAsync<ModulePack>(meeting.ModuleVersionId, ct);
        var period = FollowUpPeriod.WeeksCapitalised(module?.IndividualAction?.Scale.FollowUpWeeks ?? new RatingScale().FollowUpWeeks);

        var actions = await db.PersonalActions.From(Origin.Meeting(meetingId)).Select(a => new { a.PersonId, a.RatingAfter }).ToListAsync(ct);
        var withAction = actions.Where(a => a.RatingAfter == null).Select(a => a.PersonId);
        var withoutAction = meeting.Session!.Participants.Where(p => p.Present).Select(p => p.PersonId).Except(actions.Select(a => a.PersonId));

        await SendAsync(meeting, withAction.ToList(), new(Ui.Mail_FollowUp_Subject, Ui.Mail_FollowUp_Body, Ui.Notification_FollowUp, $"/bijeenkomsten/{meetingId}/vervolg"), period, ct);
        await SendAsync(meeting, withoutAction.ToList(), new(Ui.Mail_FollowUpNoAction_Subject, Ui.Mail_FollowUpNoAction_Body, Ui.Notification_FollowUpNoAction, $"/bijeenkomsten/{meetingId}/mijn-actie"), period, ct);
        await db.SaveChangesAsync(ct);
    }

    private async Task SendAsync(Meeting meeting, List<Guid> recipients, Reminder reminder, string period, CancellationToken ct)
    {
        var people = await db.Users.Where(p => recipients.Contains(p.Id)).Select(p => new { p.Id, p.DisplayName, p.Email }).ToListAsync(ct);
        foreach (var person in people)
            await messages.SendAsync(new(person.Id, person.DisplayName, person.Email!), new(MessageKind.Reminder,
                string.Format(reminder.Notification, meeting.Title, period), reminder.Link, string.Format(reminder.Subject, meeting.Title, period),
                string.Format(reminder.Body, person.DisplayName, meeting.Title, DutchTime.Date(meeting.StartsAt), links.To(reminder.Link), period)), ct);
    }
}

using Leerruimte.Data;
using Leerruimte.Features.Meetings;
using Leerruimte.Features.Notifications;
using Leerruimte.Features.Scheduling;
using Leerruimte.Features.Sessions;
using Leerruimte.Infrastructure;
using Leerruimte.Infrastructure.Mail;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Actions;

/// <summary>
/// At the end of the follow-up period every participant is asked, by e-mail and on their start page, to
/// rate again and write what they did and learned. Runs once per meeting (a scheduled job).
/// </summary>
public sealed class FollowUpReminders(LeerruimteDb db, MailOutbox outbox, PublicLinks links) : IJobHandler
{
    public const string Kind = "follow-up-reminder";

    string IJobHandler.Kind => Kind;

    public static DateTime DueAt(Meeting meeting, int weeks) => meeting.StartsAt.AddDays(7 * weeks);

    public async Task RunAsync(Guid meetingId, CancellationToken ct)
    {
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Session!).ThenInclude(s => s.Participants).FirstOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null || meeting.Status != MeetingStatus.Closed) return;

        var withAction = await db.PersonalActions.From(Origin.Meeting(meetingId)).Where(a => a.RatingAfter == null)
            .Select(a => a.PersonId).ToListAsync(ct);
        var answered = await db.PersonalActions.From(Origin.Meeting(meetingId)).Where(a => a.RatingAfter != null).Select(a => a.PersonId).ToListAsync(ct);
        var present = meeting.Session!.Participants.Where(p => p.Present).Select(p => p.PersonId);
        var recipients = withAction.Union(present).Except(answered).ToList();
        var people = await db.Users.Where(p => recipients.Contains(p.Id)).Select(p => new { p.Id, p.DisplayName, p.Email }).ToListAsync(ct);

        var link = links.To($"/bijeenkomsten/{meetingId}/vervolg");
        foreach (var person in people)
        {
            outbox.Add(person.Email!, person.DisplayName, string.Format(Ui.Mail_FollowUp_Subject, meeting.Title),
                string.Format(Ui.Mail_FollowUp_Body, person.DisplayName, meeting.Title, DutchTime.Date(meeting.StartsAt), link));
            db.Notifications.Add(new Notification
            {
                PersonId = person.Id,
                Text = string.Format(Ui.Notification_FollowUp, meeting.Title),
                Link = $"/bijeenkomsten/{meetingId}/vervolg",
            });
        }
        await db.SaveChangesAsync(ct);
    }
}

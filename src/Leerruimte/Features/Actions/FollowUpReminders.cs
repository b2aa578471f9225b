using Leerruimte.Data;
using Leerruimte.Features.Cohorts;
using Leerruimte.Features.Notifications;
using Leerruimte.Features.Scheduling;
using Leerruimte.Features.Sessions;
using Leerruimte.Infrastructure;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Actions;

/// <summary>
/// At the end of the follow-up period everyone who was there is asked, by e-mail and on their start page, to
/// rate again and write what they did and learned. Someone who was there but chose no action is not told
/// they did; they are invited to choose one still (the follow-up page leads them to it). Runs once per host
/// (a scheduled job per host kind: a meeting, a training's last session).
/// </summary>
public sealed class FollowUpReminders(LeerruimteDb db, ActionHosts hosts, Messages messages, PublicLinks links)
{
    public const string Kind = "follow-up-reminder";
    public const string TrainingKind = "training-follow-up-reminder";

    public static string JobKind(Origin origin) => origin.Kind == CohortSession.Kind ? TrainingKind : Kind;

    public static DateTime DueAt(DateTime startsAt, int weeks) => startsAt.AddDays(7 * weeks);

    private sealed record Reminder(string Subject, string Body, string Notification, string Link);

    public async Task RunAsync(Origin origin, CancellationToken ct)
    {
        if (await hosts.FindAsync(origin, ct) is not { Closed: true } host) return;
        var period = FollowUpPeriod.WeeksCapitalised(host.Part.Scale.FollowUpWeeks);
        var present = await db.LiveSessions.Where(s => s.Id == host.SessionId).SelectMany(s => s.Participants).Where(p => p.Present).Select(p => p.PersonId).ToListAsync(ct);
        var actions = await db.PersonalActions.From(origin).Select(a => new { a.PersonId, a.RatingAfter }).ToListAsync(ct);
        var withAction = actions.Where(a => a.RatingAfter == null).Select(a => a.PersonId);
        var withoutAction = present.Except(actions.Select(a => a.PersonId));

        await SendAsync(host, withAction.ToList(), host.IsTraining
            ? new(Ui.Mail_TrainingFollowUp_Subject, Ui.Mail_TrainingFollowUp_Body, Ui.Notification_FollowUp, ActionLinks.FollowUp(origin))
            : new(Ui.Mail_FollowUp_Subject, Ui.Mail_FollowUp_Body, Ui.Notification_FollowUp, ActionLinks.FollowUp(origin)), period, ct);
        await SendAsync(host, withoutAction.ToList(), host.IsTraining
            ? new(Ui.Mail_TrainingFollowUpNoAction_Subject, Ui.Mail_TrainingFollowUpNoAction_Body, Ui.Notification_TrainingFollowUpNoAction, ActionLinks.Page(origin))
            : new(Ui.Mail_FollowUpNoAction_Subject, Ui.Mail_FollowUpNoAction_Body, Ui.Notification_FollowUpNoAction, ActionLinks.Page(origin)), period, ct);
        await db.SaveChangesAsync(ct);
    }

    private async Task SendAsync(ActionHost host, List<Guid> recipients, Reminder reminder, string period, CancellationToken ct)
    {
        var people = await db.Users.Where(p => recipients.Contains(p.Id)).Select(p => new { p.Id, p.DisplayName, p.Email }).ToListAsync(ct);
        foreach (var person in people)
            await messages.SendAsync(new(person.Id, person.DisplayName, person.Email!), new(MessageKind.Reminder,
                string.Format(reminder.Notification, host.Title, period), reminder.Link, string.Format(reminder.Subject, host.Title, period),
                string.Format(reminder.Body, person.DisplayName, host.Title, DutchTime.Date(host.StartsAt), links.To(reminder.Link), period)), ct);
    }

    /// <summary>The job of one host kind; the subject is the host's id.</summary>
    public sealed class Job(string kind, string originKind, FollowUpReminders reminders) : IJobHandler
    {
        public string Kind => kind;

        public Task RunAsync(Guid subjectId, CancellationToken ct) => reminders.RunAsync(new Origin(originKind, subjectId), ct);
    }
}

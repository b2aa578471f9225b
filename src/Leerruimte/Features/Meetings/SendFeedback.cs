using System.Text;
using Leerruimte.Data;
using Leerruimte.Features.Actions;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Sessions;
using Leerruimte.Features.Modules;
using Leerruimte.Features.Notifications;
using Leerruimte.Features.Teams;
using Leerruimte.Infrastructure;
using Leerruimte.Infrastructure.Mail;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Meetings;

/// <summary>
/// The facilitator sends the feedback form to a coordinator: stored once, the coordinator is told by
/// e-mail and on the start page, and gets the task to plan the follow-up meeting when the follow-up
/// period ends. Sending closes the meeting if the console did not.
/// </summary>
public sealed class SendFeedback(LeerruimteDb db, ContentCatalogue catalogue, SessionCommands sessions, MailOutbox outbox, PublicLinks links, TimeProvider clock)
{
    public sealed record Form(List<int?> Scores, HashSet<Guid> Present, Guid? CoordinatorId, string? TeamQuestions, string? Remarks);

    public sealed record Context(Meeting Meeting, ModulePack Module, List<TeamPeople.Option> Coordinators, FeedbackReport? Sent);

    public async Task<Context?> LoadAsync(Guid meetingId, Guid personId, CancellationToken ct = default)
    {
        var meeting = await db.Meetings.Include(m => m.Session!).ThenInclude(s => s.Participants).ThenInclude(p => p.Person).FirstOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null || meeting.Status == MeetingStatus.Cancelled) return null;
        var sent = await db.FeedbackReports.AsNoTracking().FirstOrDefaultAsync(f => f.MeetingId == meetingId, ct);
        // Facilitator and the coordinator it was sent to; nobody else reads the form.
        if (meeting.FacilitatorId != personId && sent?.CoordinatorId != personId) return null;
        var module = await catalogue.ByVersionIdAsync<ModulePack>(meeting.ModuleVersionId, ct);
        if (module is null) return null;
        var leaders = await db.TeamMemberships.AsNoTracking().Where(m => m.TeamId == meeting.TeamId && m.Role == TeamRole.TeamLeader)
            .Select(m => new TeamPeople.Option(m.PersonId, m.Person!.DisplayName, false)).ToListAsync(ct);
        return new Context(meeting, module, leaders, sent);
    }

    public async Task<string?> HandleAsync(Context context, Guid facilitatorId, Form form, CancellationToken ct = default)
    {
        var meeting = context.Meeting;
        if (meeting.FacilitatorId != facilitatorId) return Ui.Console_NotYourMeeting;
        if (context.Sent is not null || await db.FeedbackReports.AnyAsync(f => f.MeetingId == meeting.Id, ct)) return Ui.Feedback_AlreadySent;
        var feedbackForm = context.Module.Facilitator!.FeedbackForm!;
        if (form.Scores.Count != feedbackForm.Statements.Count || form.Scores.Any(s => s is null || s < 1 || s > feedbackForm.ScaleLabels.Count))
            return string.Format(Ui.Feedback_ScoreEach, feedbackForm.ScaleLabels.Count);
        if (form.CoordinatorId is not { } coordinator || context.Coordinators.All(c => c.Id != coordinator)) return Ui.Feedback_ChooseCoordinator;
        if ((form.TeamQuestions?.Length ?? 0) > FeedbackReport.MaxTextLength || (form.Remarks?.Length ?? 0) > FeedbackReport.MaxTextLength) return Ui.Validation_TooLong;

        if (meeting.Status != MeetingStatus.Closed && (await sessions.CloseAsync(meeting.SessionId, facilitatorId)).Error is { } closeError) return closeError;
        await db.Entry(meeting).ReloadAsync(ct);
        foreach (var invitee in meeting.Session!.Participants) invitee.Present = form.Present.Contains(invitee.PersonId);

        var report = new FeedbackReport
        {
            MeetingId = meeting.Id, FacilitatorId = facilitatorId, CoordinatorId = coordinator,
            Scores = form.Scores.Select(s => s!.Value).ToList(), TeamQuestions = form.TeamQuestions?.Trim(), Remarks = form.Remarks?.Trim(),
            SentAt = clock.GetUtcNow().UtcDateTime,
        };
        db.FeedbackReports.Add(report);
        await NotifyAsync(context, report, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Ui.Feedback_AlreadySent; // sent twice at once: the unique index kept the first
        }
        return null;
    }

    private async Task NotifyAsync(Context context, FeedbackReport report, CancellationToken ct)
    {
        var meeting = context.Meeting;
        var coordinator = await db.Users.Where(p => p.Id == report.CoordinatorId).Select(p => new { p.DisplayName, p.Email }).SingleAsync(ct);
        var facilitator = await db.Users.Where(p => p.Id == report.FacilitatorId).Select(p => p.DisplayName).SingleAsync(ct);
        var due = FollowUpReminders.DueAt(meeting, context.Module.IndividualAction!.Scale.FollowUpWeeks);
        var page = $"/bijeenkomsten/{meeting.Id}/terugkoppeling";

        outbox.Add(coordinator.Email!, coordinator.DisplayName, string.Format(Ui.Mail_Feedback_Subject, meeting.Title),
            string.Format(Ui.Mail_Feedback_Body, coordinator.DisplayName, facilitator, meeting.Title, DutchTime.Date(meeting.StartsAt),
                Summary(context.Module.Facilitator!.FeedbackForm!, report, meeting), DutchTime.Date(due), links.To(page)));
        db.Notifications.Add(new Notification { PersonId = report.CoordinatorId, Text = string.Format(Ui.Notification_Feedback, meeting.Title), Link = page });
        if (!await db.Tasks.From(Origin.Meeting(meeting.Id)).AnyAsync(t => t.Kind == TaskKind.PlanFollowUpMeeting, ct))
            db.Tasks.Add(new PersonTask { PersonId = report.CoordinatorId, Kind = TaskKind.PlanFollowUpMeeting, Origin = Origin.Meeting(meeting.Id), DueAt = due });
    }

    private static string Summary(FeedbackForm form, FeedbackReport report, Meeting meeting)
    {
        var text = new StringBuilder();
        for (var i = 0; i < form.Statements.Count; i++)
            text.AppendLine($"- {form.Statements[i]}: {report.Scores[i]} ({form.ScaleLabels[report.Scores[i] - 1]})");
        text.AppendLine();
        text.AppendLine(string.Format(Ui.Feedback_PresentCount, meeting.Session!.Participants.Count(i => i.Present), meeting.Session.Participants.Count));
        if (!string.IsNullOrWhiteSpace(report.TeamQuestions)) text.AppendLine().AppendLine(Ui.Feedback_TeamQuestions + ":").AppendLine(report.TeamQuestions);
        if (!string.IsNullOrWhiteSpace(report.Remarks)) text.AppendLine().AppendLine(Ui.Feedback_Remarks + ":").AppendLine(report.Remarks);
        return text.ToString();
    }
}

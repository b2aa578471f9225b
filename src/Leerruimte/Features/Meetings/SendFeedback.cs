using System.Text;
using Leerruimte.Data;
using Leerruimte.Features.Actions;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Forms;
using Leerruimte.Features.Modules;
using Leerruimte.Features.Notifications;
using Leerruimte.Features.Sessions;
using Leerruimte.Features.Teams;
using Leerruimte.Infrastructure;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Meetings;

/// <summary>
/// The facilitator fills in the module's feedback form (a form of Features/Forms, saved as they go) and sends it
/// to a coordinator: stored once, the coordinator is told by e-mail and on the start page, and gets the task to
/// plan the follow-up meeting when the follow-up period ends. Sending closes the meeting if the console did not.
/// </summary>
public sealed class SendFeedback(LeerruimteDb db, ContentCatalogue catalogue, SessionCommands sessions, SaveAnswers answers, Messages messages,
    PublicLinks links, TimeProvider clock)
{
    public sealed record Context(Meeting Meeting, ModulePack Module, List<TeamPeople.Option> Coordinators, FeedbackReport? Sent, FormResponse? Response)
    {
        public FormDefinition Form => Module.Facilitator!.FeedbackForm!.Definition;

        /// <summary>The invitees for attendance, ticked as the console (or joining with the code) took it.</summary>
        public IReadOnlyList<FormPerson> People { get; } = Meeting.Session!.Participants.OrderBy(i => i.Person!.DisplayName)
            .Select(i => new FormPerson(i.PersonId, i.Person!.DisplayName, i.Present)).ToList();

        /// <summary>The facilitator's response about this meeting: one per meeting and facilitator.</summary>
        public FormTarget Target => new(Meeting.ModuleVersionId, FeedbackForm.Key, Meeting.FacilitatorId, Origin: Origin.Meeting(Meeting.Id));
    }

    public sealed record Outcome(string? Error, IReadOnlyDictionary<string, string> Errors, IReadOnlySet<string> Missing)
    {
        public static Outcome Fail(string error) => new(error, new Dictionary<string, string>(), new HashSet<string>());
    }

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
        var context = new Context(meeting, module, leaders, sent, null);
        var response = sent is not null
            ? await db.FormResponses.Include(r => r.Answers).FirstOrDefaultAsync(r => r.Id == sent.ResponseId, ct)
            : await answers.FindAsync(context.Target, ct);
        return context with { Response = response };
    }

    /// <summary>Saves the posted answers as a draft (saving as you go).</summary>
    public async Task<SaveAnswers.Result> SaveAsync(Context context, Guid facilitatorId, IReadOnlyDictionary<string, IReadOnlyList<string?>> posted,
        CancellationToken ct = default)
    {
        if (context.Meeting.FacilitatorId != facilitatorId) return new SaveAnswers.Result(null, new Dictionary<string, string>(), Ui.Console_NotYourMeeting);
        if (context.Sent is not null) return new SaveAnswers.Result(context.Response, new Dictionary<string, string>(), Ui.Feedback_AlreadySent);
        var saved = await answers.SaveAsync(context.Target, context.Form, posted, context.People, ct);
        return saved.Error == Ui.Forms_AlreadySubmitted ? saved with { Error = Ui.Feedback_AlreadySent } : saved;
    }

    /// <summary>Saves the posted answers, then sends the form when every statement has an answer.</summary>
    public async Task<Outcome> HandleAsync(Context context, Guid facilitatorId, IReadOnlyDictionary<string, IReadOnlyList<string?>> posted,
        Guid? coordinatorId, CancellationToken ct = default)
    {
        var meeting = context.Meeting;
        if (meeting.FacilitatorId != facilitatorId) return Outcome.Fail(Ui.Console_NotYourMeeting);
        if (context.Sent is not null || await db.FeedbackReports.AnyAsync(f => f.MeetingId == meeting.Id, ct)) return Outcome.Fail(Ui.Feedback_AlreadySent);
        var saved = await SaveAsync(context, facilitatorId, posted, ct);
        if (saved.Error is { } error) return Outcome.Fail(error);
        if (saved.Errors.Count > 0) return new Outcome(Ui.Forms_NotAllSaved, saved.Errors, new HashSet<string>());
        var form = context.Form;
        var missing = AnswerRules.Missing(form, saved.Response);
        if (missing.Count > 0)
            return new Outcome(missing.All(q => q.Kind == QuestionKind.Scale) ? string.Format(Ui.Feedback_ScoreEach, form.Scale.Count) : Ui.Forms_Missing,
                saved.Errors, missing.Select(q => q.Id!).ToHashSet());
        if (coordinatorId is not { } coordinator || context.Coordinators.All(c => c.Id != coordinator)) return Outcome.Fail(Ui.Feedback_ChooseCoordinator);
        var response = saved.Response ?? db.FormResponses.Add(FormResponse.For(context.Target)).Entity; // a form of only open questions, left empty

        if (meeting.Status != MeetingStatus.Closed && (await sessions.CloseAsync(meeting.SessionId, facilitatorId)).Error is { } closeError) return Outcome.Fail(closeError);
        await db.Entry(meeting).ReloadAsync(ct);
        if (form.Questions.FirstOrDefault(q => q.Kind == QuestionKind.Attendance) is { } attendance && response.AnswerTo(attendance.Id!) is { } answer)
        {
            var present = FormAnswerText.Chosen(answer, context.People).Select(p => p.Id).ToHashSet();
            foreach (var invitee in meeting.Session!.Participants) invitee.Present = present.Contains(invitee.PersonId);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        response.SubmittedAt = now;
        var report = new FeedbackReport { MeetingId = meeting.Id, FacilitatorId = facilitatorId, CoordinatorId = coordinator, ResponseId = response.Id, SentAt = now };
        db.FeedbackReports.Add(report);
        await NotifyAsync(context, report, response, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Outcome.Fail(Ui.Feedback_AlreadySent); // sent twice at once: the unique index kept the first
        }
        return new Outcome(null, saved.Errors, new HashSet<string>());
    }

    private async Task NotifyAsync(Context context, FeedbackReport report, FormResponse response, CancellationToken ct)
    {
        var meeting = context.Meeting;
        var coordinator = await db.Users.Where(p => p.Id == report.CoordinatorId).Select(p => new Messages.Recipient(p.Id, p.DisplayName, p.Email!)).SingleAsync(ct);
        var facilitator = await db.Users.Where(p => p.Id == report.FacilitatorId).Select(p => p.DisplayName).SingleAsync(ct);
        var due = FollowUpReminders.DueAt(meeting.StartsAt, context.Module.IndividualAction!.Scale.FollowUpWeeks);
        var page = $"/bijeenkomsten/{meeting.Id}/terugkoppeling";

        await messages.SendAsync(coordinator, new(MessageKind.Notice, string.Format(Ui.Notification_Feedback, meeting.Title), page,
            string.Format(Ui.Mail_Feedback_Subject, meeting.Title),
            string.Format(Ui.Mail_Feedback_Body, coordinator.Name, facilitator, meeting.Title, DutchTime.Date(meeting.StartsAt),
                Summary(context, response), DutchTime.Date(due), links.To(page))), ct);
        if (!await db.Tasks.From(Origin.Meeting(meeting.Id)).AnyAsync(t => t.Kind == TaskKind.PlanFollowUpMeeting, ct))
            db.Tasks.Add(new PersonTask { PersonId = report.CoordinatorId, Kind = TaskKind.PlanFollowUpMeeting, Origin = Origin.Meeting(meeting.Id), DueAt = due });
    }

    private static string Summary(Context context, FormResponse response)
    {
        var (form, meeting) = (context.Form, context.Meeting);
        var text = new StringBuilder();
        foreach (var question in form.Questions.Where(q => q.Kind is QuestionKind.Scale or QuestionKind.Choice))
            text.AppendLine($"- {question.Text}: {FormAnswerText.Display(form, question, response.AnswerTo(question.Id!), context.People)}");
        text.AppendLine();
        text.AppendLine(string.Format(Ui.Feedback_PresentCount, meeting.Session!.Participants.Count(i => i.Present), meeting.Session.Participants.Count));
        foreach (var question in form.Questions.Where(q => q.Kind == QuestionKind.Text && AnswerRules.IsAnswered(response.AnswerTo(q.Id!))))
            text.AppendLine().AppendLine(question.Text + ":").AppendLine(response.AnswerTo(question.Id!)!.Text);
        return text.ToString();
    }
}

using System.Text;
using Leerruimte.Data;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Notifications;
using Leerruimte.Features.Scheduling;
using Leerruimte.Features.Sessions;
using Leerruimte.Features.TrainingProgrammes;
using Leerruimte.Infrastructure;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Cohorts;

/// <summary>
/// Two days before each training session, at 08:00 Dutch time, every participant is reminded of what to do for it: the
/// module's preparation and reading. Once; a session moved gets its reminder moved; a
/// session already held or cancelled gets none.
/// </summary>
public sealed class HomeworkReminders(LeerruimteDb db, ContentCatalogue catalogue, Messages messages, PublicLinks links) : IJobHandler
{
    public const string Kind = "cohort-homework";
    public const int DaysBefore = 2;
    private static readonly TimeOnly Morning = new(8, 0);

    string IJobHandler.Kind => Kind;

    public static DateTime DueAt(CohortSession session)
    {
        var day = DateOnly.FromDateTime(DutchTime.ToLocal(session.StartsAt)).AddDays(-DaysBefore);
        return DutchTime.TryToUtc(day, Morning, out var utc) ? utc : throw new InvalidOperationException("08:00 always exists.");
    }

    /// <summary>Schedules (or moves) the reminder of a session that is still ahead; one due already is not sent late.</summary>
    public static async Task ScheduleAsync(JobScheduler jobs, CohortSession session, DateTime now, CancellationToken ct)
    {
        if (DueAt(session) > now) await jobs.ScheduleAgainAsync(Kind, session.Id, DueAt(session), ct);
    }

    public async Task RunAsync(Guid sessionId, CancellationToken ct)
    {
        var session = await db.CohortSessions.AsNoTracking().Include(s => s.Cohort).Include(s => s.Session).FirstOrDefaultAsync(s => s.Id == sessionId, ct);
        if (session?.Session is not { Status: SessionStatus.Planned } || session.Cohort is not { } cohort) return;
        if (await catalogue.ByVersionIdAsync<TrainingProgrammePack>(cohort.ProgrammeVersionId, ct) is not { } programme) return;
        var what = ToDo(programme, session.Module);
        if (what.Count == 0) return;
        var people = await db.CohortParticipants.Where(p => p.CohortId == cohort.Id)
            .Select(p => new Messages.Recipient(p.PersonId, p.Person!.DisplayName, p.Person.Email!)).ToListAsync(ct);
        var title = CohortInvitations.ModuleTitle(programme, session.Module);
        foreach (var person in people)
            await messages.SendAsync(person, new(MessageKind.Reminder, string.Format(Ui.Notification_Homework, title), CohortLinks.Page(cohort.Id),
                string.Format(Ui.Mail_Homework_Subject, title, DutchTime.Short(session.StartsAt)), Body(person, title, session, what, cohort)), ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// What a participant does before module n: its preparation and its reading. The homework given at the end of module
    /// n − 1 is the same work in other words (the source says it twice), so it is shown with that module, not again here.
    /// </summary>
    public static List<string> ToDo(TrainingProgrammePack programme, int module) => programme.FindModule(module) is { } m
        ? [.. m.Preparation, .. m.Reading.Select(r => string.Format(Ui.Cohort_Read, r.Title))]
        : [];

    private string Body(Messages.Recipient person, string title, CohortSession session, List<string> what, Cohort cohort)
    {
        var text = new StringBuilder();
        text.AppendLine(string.Format(Ui.Mail_Meeting_Greeting, person.Name));
        text.AppendLine();
        text.AppendLine(string.Format(Ui.Mail_Homework_Intro, title, DutchTime.Long(session.StartsAt)));
        text.AppendLine();
        foreach (var line in what) text.AppendLine($"- {line}");
        text.AppendLine();
        text.AppendLine(string.Format(Ui.Mail_Cohort_Page, links.To(CohortLinks.Page(cohort.Id))));
        return text.ToString();
    }
}

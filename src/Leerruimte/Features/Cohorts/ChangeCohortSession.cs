using Leerruimte.Data;
using Leerruimte.Features.Scheduling;
using Leerruimte.Features.Sessions;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Cohorts;

/// <summary>
/// The trainer, or whoever commissioned the training, moves a training session that has not begun or cancels it.
/// Everyone in the cohort keeps a correct calendar: the same event gets a higher sequence, as an update or a
/// cancellation; the homework reminder moves along, or goes.
/// </summary>
public sealed class ChangeCohortSession(LeerruimteDb db, JobScheduler jobs, CohortInvitations invitations, TimeProvider clock)
{
    public sealed record MoveInput(DateOnly? Date, TimeOnly? Time, string? Place);

    public async Task<string?> MoveAsync(Guid cohortSessionId, Guid by, MoveInput input, CancellationToken ct = default)
    {
        var (session, error) = await PlannedAsync(cohortSessionId, by, ct);
        if (session is null) return error;
        if (input.Date is not { } date || input.Time is not { } time) return string.Format(Ui.Cohort_SessionDateRequired, session.Module);
        if (input.Place?.Trim() is { Length: > CohortSession.MaxPlace }) return Ui.Validation_TooLong;
        var now = clock.GetUtcNow().UtcDateTime;
        var (startsAt, wrongTime) = PlannedStart.Of(date, time, now);
        if (wrongTime is not null) return wrongTime;
        if (OutOfOrder(session, startsAt)) return string.Format(Ui.Cohort_SessionsOutOfOrder, session.Module);

        session.StartsAt = startsAt;
        session.Place = string.IsNullOrWhiteSpace(input.Place) ? null : input.Place.Trim();
        session.CalendarSequence++;
        if (HomeworkReminders.DueAt(session) > now) await HomeworkReminders.ScheduleAsync(jobs, session, now, ct);
        else await jobs.DropAsync(HomeworkReminders.Kind, session.Id, ct);
        await invitations.SendAsync(session.Cohort!, CohortInvitations.Kind.Update, [session], Everyone(session.Cohort!), ct);
        await db.SaveChangesAsync(ct);
        return null;
    }

    public async Task<string?> CancelAsync(Guid cohortSessionId, Guid by, CancellationToken ct = default)
    {
        var (session, error) = await PlannedAsync(cohortSessionId, by, ct);
        if (session is null) return error;
        session.Session!.Status = SessionStatus.Cancelled;
        session.CalendarSequence++;
        await jobs.DropAsync(HomeworkReminders.Kind, session.Id, ct);
        await invitations.SendAsync(session.Cohort!, CohortInvitations.Kind.Cancellation, [session], Everyone(session.Cohort!), ct);
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>The session, when this person runs its cohort and it has not begun, been closed or been cancelled.</summary>
    private async Task<(CohortSession? Session, string? Error)> PlannedAsync(Guid cohortSessionId, Guid by, CancellationToken ct)
    {
        var session = await db.CohortSessions.Include(s => s.Session).Include(s => s.Cohort).ThenInclude(c => c!.Sessions).ThenInclude(s => s.Session)
            .Include(s => s.Cohort).ThenInclude(c => c!.Participants)
            .AsSplitQuery().FirstOrDefaultAsync(s => s.Id == cohortSessionId, ct);
        if (session?.Cohort is not { } cohort || (cohort.TrainerId != by && cohort.CommissionedById != by)) return (null, Ui.Cohort_OnlyWhoRuns);
        return session.Session!.Status == SessionStatus.Planned ? (session, null) : (null, Ui.Cohort_SessionNotPlanned);
    }

    /// <summary>A module still follows the one before it and ends before the next begins (cancelled ones do not count).</summary>
    private static bool OutOfOrder(CohortSession moved, DateTime startsAt)
    {
        var others = moved.Cohort!.Sessions.Where(s => s.Id != moved.Id && s.Session?.Status != SessionStatus.Cancelled).ToList();
        return others.Any(s => s.Module < moved.Module && s.EndsAt > startsAt)
            || others.Any(s => s.Module > moved.Module && s.StartsAt < startsAt.AddMinutes(moved.DurationMinutes));
    }

    private static List<Guid> Everyone(Cohort cohort) => [.. cohort.Participants.Select(p => p.PersonId).Append(cohort.TrainerId).Distinct()];
}

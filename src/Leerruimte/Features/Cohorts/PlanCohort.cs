using System.ComponentModel.DataAnnotations;
using Leerruimte.Authorization;
using Leerruimte.Data;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Scheduling;
using Leerruimte.Features.Sessions;
using Leerruimte.Features.TrainingProgrammes;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Cohorts;

/// <summary>
/// A trainer, or the team leader who commissions the training, starts a cohort: a programme, a trainer, participants
/// from any team, and a date, time and place for every module. Each module becomes a training session on the kernel;
/// everyone is invited with one calendar file holding all sessions, and reminded of the homework before each.
/// </summary>
public sealed class PlanCohort(LeerruimteDb db, ContentCatalogue catalogue, JobScheduler jobs, CohortInvitations invitations, TimeProvider clock)
{
    public sealed class Input
    {
        [Required(ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Cohort_TitleRequired))]
        [MaxLength(200, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_TooLong))]
        public string? Title { get; set; }

        [Required(ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Cohort_ProgrammeRequired))]
        [MaxLength(80)]
        public string? ProgrammeId { get; set; }

        public Guid? TrainerId { get; set; }
        public bool NamesObservers { get; set; }
        public List<SessionInput> Sessions { get; set; } = [];
    }

    public sealed class SessionInput
    {
        public int Module { get; set; }
        public DateOnly? Date { get; set; }
        public TimeOnly? Time { get; set; }

        [MaxLength(200, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_TooLong))]
        public string? Place { get; set; }
    }

    public sealed record Result(Cohort? Cohort, string? Error);

    /// <summary>Who plans: a trainer (who trains it unless another is chosen) or a team leader commissioning it.</summary>
    public sealed record Planner(Guid Id, bool IsTrainer, bool IsTeamLeader)
    {
        public static Planner Of(CurrentUser user) => new(user.RequirePersonId(), user.IsInRole(Roles.Trainer), user.IsInRole(Roles.TeamLeader));
    }

    public async Task<Result> HandleAsync(Planner planner, Input input, IReadOnlyCollection<Guid> participants, CancellationToken ct = default)
    {
        var me = planner.Id;
        if (!planner.IsTrainer && !planner.IsTeamLeader) return new(null, Ui.Cohort_MayNotPlan);
        if (input.ProgrammeId is not { } programmeId || await catalogue.FindAsync<TrainingProgrammePack>(programmeId, ct: ct) is not { } programme)
            return new(null, Ui.Cohort_ProgrammeUnknown);
        var trainer = input.TrainerId ?? (planner.IsTrainer ? me : Guid.Empty);
        if (!await CohortPeople.IsTrainerAsync(db, trainer, ct)) return new(null, Ui.Cohort_TrainerUnknown);
        if (participants.Count == 0) return new(null, Ui.Cohort_NoParticipants);
        if (participants.Count > Cohort.MaxParticipants) return new(null, string.Format(Ui.Cohort_TooManyParticipants, Cohort.MaxParticipants));
        if (await db.Users.CountAsync(p => participants.Contains(p.Id), ct) != participants.Count) return new(null, Ui.Cohort_ParticipantUnknown);
        var (sessions, wrong) = Sessions(programme.Pack, input.Sessions);
        if (wrong is not null) return new(null, wrong);

        var cohort = new Cohort
        {
            Title = input.Title!.Trim(), ProgrammeId = programme.Summary.PackId, ProgrammeVersionId = programme.Summary.VersionId,
            TrainerId = trainer, CommissionedById = trainer == me ? null : me, NamesObservers = input.NamesObservers,
            Participants = [.. participants.Select(p => new CohortParticipant { PersonId = p })],
        };
        foreach (var session in sessions)
        {
            session.Cohort = cohort;
            TrainingSessionKind.Attach(session, cohort, participants, await JoinCodes.NewAsync(db, ct));
            cohort.Sessions.Add(session);
        }
        db.Cohorts.Add(cohort);
        foreach (var session in cohort.Sessions) await HomeworkReminders.ScheduleAsync(jobs, session, clock.GetUtcNow().UtcDateTime, ct);
        await invitations.SendAsync(cohort, CohortInvitations.Kind.Invitation, cohort.Sessions, [.. participants.Append(trainer).Distinct()], ct);
        await db.SaveChangesAsync(ct);
        return new(cohort, null);
    }

    /// <summary>One session per module of the programme, each with a date and time, in the order of the modules.</summary>
    private (List<CohortSession> Sessions, string? Error) Sessions(TrainingProgrammePack programme, List<SessionInput> given)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var sessions = new List<CohortSession>();
        foreach (var module in programme.Modules.OrderBy(m => m.Number))
        {
            var input = given.FirstOrDefault(s => s.Module == module.Number);
            if (input?.Date is not { } date || input.Time is not { } time) return ([], string.Format(Ui.Cohort_SessionDateRequired, module.Number));
            var (startsAt, wrongTime) = PlannedStart.Of(date, time, now);
            if (wrongTime is not null) return ([], $"{string.Format(Ui.Cohort_ModuleLabel, module.Number, module.Title)}: {wrongTime}");
            if (sessions.Count > 0 && startsAt < sessions[^1].EndsAt) return ([], string.Format(Ui.Cohort_SessionsOutOfOrder, module.Number));
            sessions.Add(new CohortSession
            {
                Module = module.Number, StartsAt = startsAt, DurationMinutes = module.DurationMinutes,
                Place = string.IsNullOrWhiteSpace(input.Place) ? null : input.Place.Trim(),
            });
        }
        return (sessions, null);
    }
}

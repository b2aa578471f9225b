using System.ComponentModel.DataAnnotations;
using Leerruimte.Authorization;
using Leerruimte.Data;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Meetings.Live;
using Leerruimte.Features.Modules;
using Leerruimte.Features.Sessions;
using Leerruimte.Features.Teams;
using Leerruimte.Infrastructure;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Meetings;

/// <summary>
/// Plans a team meeting on a module: it keeps the module version of today, invites the chosen team
/// members (e-mail with calendar file) and gets a join code.
/// </summary>
public sealed class PlanMeeting(LeerruimteDb db, CurrentUser user, ContentCatalogue catalogue, MeetingInvitations invitations, TimeProvider clock)
{
    public sealed class Input
    {
        [Required(ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Plan_ModuleRequired))]
        public string? ModuleId { get; set; }

        [Required(ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Plan_DateRequired))]
        public DateOnly? Date { get; set; }

        [Required(ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Plan_TimeRequired))]
        public TimeOnly? Time { get; set; }

        [MaxLength(200, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_TooLong))]
        public string? Place { get; set; }

        [Required(ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Plan_FacilitatorRequired))]
        public Guid? FacilitatorId { get; set; }

        /// <summary>A module meeting is no reflection for the register unless the planner says it is.</summary>
        public Leerruimte.Features.LearningLog.ActivityKind RegisterCategory { get; set; } = Leerruimte.Features.LearningLog.ActivityKind.Other;
    }

    public sealed record Result(Meeting? Meeting, string? Error);

    public async Task<Result> HandleAsync(Guid teamId, Input input, IReadOnlyCollection<Guid> invitees, CancellationToken ct = default)
    {
        if (!await MeetingAccess.TeamsPlannableBy(db, user).AnyAsync(t => t.Id == teamId, ct)) return new(null, Ui.Plan_TeamNotAllowed);
        if (await catalogue.FindModuleAsync(input.ModuleId ?? "", null) is not { } module) return new(null, Ui.Plan_ModuleUnknown);
        var check = await CheckPeopleAsync(db, teamId, input.FacilitatorId!.Value, invitees, ct);
        if (check is not null) return new(null, check);
        var (startsAt, wrongTime) = StartOf(input, clock.GetUtcNow().UtcDateTime);
        if (wrongTime is not null) return new(null, wrongTime);
        if (!SessionReflection.Categories.Contains(input.RegisterCategory)) return new(null, Ui.Consultation_CategoryUnknown);

        var meeting = new Meeting
        {
            TeamId = teamId,
            ModuleVersionId = module.Summary.VersionId,
            ModuleId = module.Summary.PackId,
            ModuleVersion = module.Summary.Version,
            Title = module.Module.Title!,
            DurationMinutes = module.Module.Facilitator!.DurationMinutes,
            StartsAt = startsAt,
            Place = input.Place?.Trim(),
            FacilitatorId = input.FacilitatorId!.Value,
            RegisterCategory = input.RegisterCategory,
        };
        MeetingSessionKind.Attach(meeting, invitees, await JoinCodes.NewAsync(db, ct));
        db.Meetings.Add(meeting);
        await invitations.SendAsync(meeting, [.. invitees, meeting.FacilitatorId], MeetingInvitations.Kind.Invitation, ct);
        await db.SaveChangesAsync(ct);
        return new(meeting, null);
    }

    /// <summary>The facilitator must facilitate in the team and every invitee must belong to it.</summary>
    public static async Task<string?> CheckPeopleAsync(LeerruimteDb db, Guid teamId, Guid facilitatorId, IReadOnlyCollection<Guid> invitees, CancellationToken ct)
    {
        if (!await db.TeamMemberships.AnyAsync(m => m.TeamId == teamId && m.PersonId == facilitatorId && m.Role == TeamRole.Facilitator, ct))
            return Ui.Plan_FacilitatorNotInTeam;
        if (invitees.Count == 0) return Ui.Plan_NoInvitees;
        return await TeamAccess.AllInAsync(db, teamId, invitees, ct) ? null : Ui.Plan_InviteeNotInTeam;
    }

    /// <summary>The start in UTC, or why it cannot be (<see cref="PlannedStart"/>).</summary>
    public static (DateTime StartsAt, string? Error) StartOf(Input input, DateTime now) => PlannedStart.Of(input.Date!.Value, input.Time!.Value, now);
}

using Leerruimte.Data;
using Leerruimte.Features.Actions;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Modules;
using Leerruimte.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Meetings;

/// <summary>
/// The planning form for the follow-up of a meeting, filled in from that meeting: its module, its facilitator and place,
/// the people who took part, on the day its follow-up period ends (if that is still ahead). Only for a meeting of the team being planned for.
/// </summary>
public static class FollowUpPlanning
{
    public sealed record Of(string Title, DateTime StartsAt, HashSet<Guid> People);

    public static async Task<Of?> FillAsync(LeerruimteDb db, ContentCatalogue catalogue, Guid meetingId, Guid teamId, PlanMeeting.Input input, DateTime now, CancellationToken ct = default)
    {
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Session!).ThenInclude(s => s.Participants)
            .FirstOrDefaultAsync(m => m.Id == meetingId && m.TeamId == teamId && m.Status != MeetingStatus.Cancelled, ct);
        if (meeting is null) return null;
        var module = await catalogue.ByVersionIdAsync<ModulePack>(meeting.ModuleVersionId, ct);
        var weeks = module?.IndividualAction?.Scale.FollowUpWeeks ?? 3;
        var due = FollowUpReminders.DueAt(meeting.StartsAt, weeks);
        input.ModuleId = meeting.ModuleId;
        // A follow-up planned late gets no date in the past: the planner picks one.
        input.Date = due > now ? DateOnly.FromDateTime(DutchTime.ToLocal(due)) : null;
        input.Time = TimeOnly.FromDateTime(DutchTime.ToLocal(meeting.StartsAt));
        input.Place = meeting.Place;
        input.FacilitatorId = meeting.FacilitatorId;
        return new(meeting.Title, meeting.StartsAt, meeting.Session!.Participants.Select(p => p.PersonId).ToHashSet());
    }
}

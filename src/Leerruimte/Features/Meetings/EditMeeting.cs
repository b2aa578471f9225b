using Leerruimte.Data;
using Leerruimte.Features.Sessions;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Meetings;

/// <summary>
/// Changes or cancels a planned meeting. Everyone keeps a correct calendar: remaining invitees get an
/// update, removed ones a cancellation, new ones an invitation, all under the same calendar UID.
/// </summary>
public sealed class EditMeeting(LeerruimteDb db, MeetingInvitations invitations, TimeProvider clock)
{
    public sealed record Result(bool Ok, string? Error);

    public async Task<Result> ChangeAsync(Meeting meeting, PlanMeeting.Input input, IReadOnlyCollection<Guid> invitees, CancellationToken ct = default)
    {
        if (meeting.Status != MeetingStatus.Planned) return new(false, Ui.Meeting_NotPlannedAnyMore);
        var check = await PlanMeeting.CheckPeopleAsync(db, meeting.TeamId, input.FacilitatorId!.Value, invitees, ct);
        if (check is not null) return new(false, check);
        var (startsAt, wrongTime) = PlanMeeting.StartOf(input, clock.GetUtcNow().UtcDateTime);
        if (wrongTime is not null) return new(false, wrongTime);
        if (!SessionReflection.Categories.Contains(input.RegisterCategory)) return new(false, Ui.Consultation_CategoryUnknown);

        var session = meeting.Session!;
        var before = session.Participants.Select(p => p.PersonId).ToHashSet();
        var after = invitees.ToHashSet();
        var removed = before.Except(after).ToList();
        session.Participants.RemoveAll(p => removed.Contains(p.PersonId));
        session.Participants.AddRange(after.Except(before).Select(p => new SessionParticipant { PersonId = p, Role = SessionRole.Member }));
        meeting.StartsAt = startsAt;
        meeting.Place = input.Place?.Trim();
        meeting.RegisterCategory = input.RegisterCategory;
        // The meeting's facilitator plans and is named in the invitations; the session's runs the console: always the same person.
        meeting.FacilitatorId = session.FacilitatorId = input.FacilitatorId.Value;
        meeting.CalendarSequence++;

        await invitations.SendAsync(meeting, [.. after.Except(before)], MeetingInvitations.Kind.Invitation, ct);
        await invitations.SendAsync(meeting, [.. after.Intersect(before), meeting.FacilitatorId], MeetingInvitations.Kind.Update, ct);
        await invitations.SendAsync(meeting, removed, MeetingInvitations.Kind.Cancellation, ct);
        await db.SaveChangesAsync(ct);
        return new(true, null);
    }

    public async Task<Result> CancelAsync(Meeting meeting, CancellationToken ct = default)
    {
        if (meeting.Status != MeetingStatus.Planned) return new(false, Ui.Meeting_NotPlannedAnyMore);
        meeting.Status = MeetingStatus.Cancelled;
        meeting.Session!.Status = SessionStatus.Cancelled;
        meeting.CalendarSequence++;
        await invitations.SendAsync(meeting, [.. meeting.Session.Participants.Select(p => p.PersonId), meeting.FacilitatorId], MeetingInvitations.Kind.Cancellation, ct);
        await db.SaveChangesAsync(ct);
        return new(true, null);
    }
}

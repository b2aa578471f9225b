using Leerruimte.Features.People;
using Leerruimte.Data;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Modules;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Meetings.Live;

/// <summary>Who is in the room and in which group: attendance and random groups, stored then published.</summary>
public sealed class MeetingRoom(LeerruimteDb db, ContentCatalogue catalogue, IMeetingEvents events, TimeProvider clock)
{
    /// <summary>
    /// Whether opening the meeting on a phone now counts as being there: while it runs, and from the moment its join
    /// code opens (an hour before the start), because people join while the facilitator waits for everyone.
    /// </summary>
    public static bool JoiningCountsAsPresent(Meeting meeting, DateTime now) =>
        meeting.Status == MeetingStatus.Running || (meeting.Status == MeetingStatus.Planned && JoinCodes.IsOpen(meeting, now));

    /// <summary>A participant opening the meeting on their phone counts as present.</summary>
    public async Task MarkJoinedAsync(Guid meetingId, Guid personId, CancellationToken ct = default)
    {
        var invitee = await db.MeetingInvitees.FirstOrDefaultAsync(i => i.MeetingId == meetingId && i.PersonId == personId, ct);
        if (invitee is null || invitee.Present) return;
        invitee.Present = true;
        invitee.JoinedAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await events.PublishAsync(new AttendanceChanged(meetingId, personId, true));
    }

    public async Task<string?> SetPresentAsync(Guid meetingId, Guid facilitatorId, Guid personId, bool present, CancellationToken ct = default)
    {
        if (await MeetingAccess.AsFacilitatorAsync(db, meetingId, facilitatorId, ct) is not { } meeting) return Ui.Console_NotYourMeeting;
        var invitee = meeting.Invitees.FirstOrDefault(i => i.PersonId == personId);
        if (invitee is null) return Ui.Console_NotInvited;
        invitee.Present = present;
        await db.SaveChangesAsync(ct);
        await events.PublishAsync(new AttendanceChanged(meetingId, personId, present));
        return null;
    }

    /// <summary>Random groups of the people present, sized as the current assignment asks; forming again reshuffles.</summary>
    public async Task<string?> FormGroupsAsync(Guid meetingId, Guid facilitatorId, Random? random = null, CancellationToken ct = default)
    {
        if (await MeetingAccess.AsFacilitatorAsync(db, meetingId, facilitatorId, ct) is not { } meeting) return Ui.Console_NotYourMeeting;
        if (meeting.Status != MeetingStatus.Running) return Ui.Board_NotStarted;
        var module = await catalogue.ByVersionIdAsync<ModulePack>(meeting.ModuleVersionId, ct) ?? throw new InvalidOperationException("Module version missing.");
        var assignment = LiveStates.CurrentAssignment(module, meeting);
        if (assignment is null || assignment.Format is not (AssignmentFormat.Groups or AssignmentFormat.Pairs)) return Ui.Console_NoGroupsHere;
        var present = meeting.Invitees.Where(i => i.Present && i.PersonId != meeting.FacilitatorId).Select(i => i.PersonId).ToList();
        if (present.Count < 2) return Ui.Console_TooFewPresent;

        var (min, max) = assignment.Format == AssignmentFormat.Pairs ? (2, 2) : (assignment.GroupSize!.Min, assignment.GroupSize.Max);
        var groups = GroupMaker.Make(present, min, max, random ?? Random.Shared);
        await db.GroupMembers.Where(g => g.MeetingId == meetingId && g.AssignmentId == assignment.Id).ExecuteDeleteAsync(ct);
        var members = groups.SelectMany((g, i) => g.Select(p => new GroupMember { MeetingId = meetingId, AssignmentId = assignment.Id!, GroupNumber = i + 1, PersonId = p })).ToList();
        db.GroupMembers.AddRange(members);
        await db.SaveChangesAsync(ct);

        var names = await db.Users.Where(p => present.Contains(p.Id)).DisplayNamesAsync(ct);
        await events.PublishAsync(new GroupsChanged(meetingId, assignment.Id!, MeetingSnapshot.GroupsOf(members, names)));
        return null;
    }
}

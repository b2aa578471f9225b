using Leerruimte.Data;
using Leerruimte.Features.People;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Sessions;

/// <summary>Who is in the room and in which group: attendance and random groups, stored then published.</summary>
public sealed class SessionRoom(LeerruimteDb db, SessionScripts scripts, ISessionEvents events, TimeProvider clock)
{
    /// <summary>
    /// A participant opening the session on their phone counts as present: while it runs, and before the start from when
    /// its kind says it opens (a meeting: when its join code opens, an hour before).
    /// </summary>
    public async Task JoinedAsync(LiveSession session, Guid personId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (session.Status == SessionStatus.Running
            || (session.Status == SessionStatus.Planned && await scripts.KindOf(session.OriginKind).IsOpenBeforeStartAsync(session, now, ct)))
            await MarkJoinedAsync(session.Id, personId, ct);
    }

    private async Task MarkJoinedAsync(Guid sessionId, Guid personId, CancellationToken ct)
    {
        var participant = await db.SessionParticipants.FirstOrDefaultAsync(p => p.SessionId == sessionId && p.PersonId == personId, ct);
        if (participant is null || participant.Present) return;
        participant.Present = true;
        participant.JoinedAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await events.PublishAsync(new AttendanceChanged(sessionId, personId, true));
    }

    public async Task<string?> SetPresentAsync(Guid sessionId, Guid facilitatorId, Guid personId, bool present, CancellationToken ct = default)
    {
        if (await SessionAccess.AsFacilitatorAsync(db, sessionId, facilitatorId, ct) is not { } session) return Ui.Console_NotYourMeeting;
        var participant = session.Participants.FirstOrDefault(p => p.PersonId == personId);
        if (participant is null) return Ui.Console_NotInvited;
        participant.Present = present;
        await db.SaveChangesAsync(ct);
        await events.PublishAsync(new AttendanceChanged(sessionId, personId, present));
        return null;
    }

    /// <summary>Random groups of the people present, sized as the current step asks; forming again reshuffles.</summary>
    public async Task<string?> FormGroupsAsync(Guid sessionId, Guid facilitatorId, Random? random = null, CancellationToken ct = default)
    {
        if (await SessionAccess.AsFacilitatorAsync(db, sessionId, facilitatorId, ct) is not { } session) return Ui.Console_NotYourMeeting;
        if (session.Status != SessionStatus.Running) return Ui.Board_NotStarted;
        var step = (await scripts.OfAsync(session, ct)).At(session.StepIndex);
        if (!step.HasGroups) return Ui.Console_NoGroupsHere;
        var present = session.Participants.Where(p => p.Present && p.PersonId != session.FacilitatorId).Select(p => p.PersonId).ToList();
        if (present.Count < 2) return Ui.Console_TooFewPresent;

        var groups = GroupMaker.Make(present, step.Bounds.Min, step.Bounds.Max, random ?? Random.Shared);
        await db.GroupMembers.Where(g => g.SessionId == sessionId && g.StepKey == step.Key).ExecuteDeleteAsync(ct);
        var members = groups.SelectMany((g, i) => g.Select(p => new GroupMember { SessionId = sessionId, StepKey = step.Key!, GroupNumber = i + 1, PersonId = p })).ToList();
        db.GroupMembers.AddRange(members);
        await db.SaveChangesAsync(ct);

        var names = await db.Users.Where(p => present.Contains(p.Id)).DisplayNamesAsync(ct);
        await events.PublishAsync(new GroupsChanged(sessionId, step.Key!, SessionSnapshot.GroupsOf(members, names)));
        return null;
    }
}

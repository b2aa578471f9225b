using Leerruimte.Data;
using Leerruimte.Features.Actions;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Modules;
using Leerruimte.Features.Scheduling;
using Leerruimte.Features.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Meetings.Live;

/// <summary>
/// Meetings as a kind of live session: the module's agenda is the script; starting and closing the session moves
/// the meeting's status, and closing schedules the follow-up reminder at the end of the module's follow-up period.
/// </summary>
public sealed class MeetingSessionKind(LeerruimteDb db, ContentCatalogue catalogue, JobScheduler scheduler) : ISessionKind
{
    public string Kind => Origin.MeetingKind;

    public async Task<SessionScript?> ScriptAsync(string scriptRef, CancellationToken ct) =>
        Guid.TryParse(scriptRef, out var version) && await catalogue.ByVersionIdAsync<ModulePack>(version, ct) is { } module
            ? MeetingScript.Of(module) : null;

    public async Task<bool> IsOpenBeforeStartAsync(LiveSession session, DateTime now, CancellationToken ct) =>
        await EntryAsync(session, ct) is { } entry && JoinCodes.IsOpen(session, entry.StartsAt, now);

    public async Task<SessionEntry?> EntryAsync(LiveSession session, CancellationToken ct) =>
        await db.Meetings.Where(h => h.Id == session.OriginId).Select(h => (DateTime?)h.StartsAt).FirstOrDefaultAsync(ct) is { } startsAt
            ? new SessionEntry(startsAt, $"/bijeenkomsten/{session.OriginId}/meedoen") : null;

    public async Task OnStartedAsync(LiveSession session, CancellationToken ct) =>
        (await MeetingOf(session, ct)).Status = MeetingStatus.Running;

    public async Task OnClosedAsync(LiveSession session, CancellationToken ct)
    {
        var meeting = await MeetingOf(session, ct);
        meeting.Status = MeetingStatus.Closed;
        await TeamActions.TeamActionList.CarryOverAsync(db, meeting.TeamId, Origin.Meeting(meeting.Id), ct);
        var module = await catalogue.ByVersionIdAsync<ModulePack>(meeting.ModuleVersionId, ct) ?? throw new InvalidOperationException("Module version missing.");
        await scheduler.ScheduleAsync(FollowUpReminders.Kind, meeting.Id, FollowUpReminders.DueAt(meeting.StartsAt, module.IndividualAction!.Scale.FollowUpWeeks));
    }

    public async Task<SessionReflection?> ReflectionAsync(LiveSession session, CancellationToken ct) =>
        await db.Meetings.AsNoTracking().Where(m => m.Id == session.OriginId)
            .Select(m => new SessionReflection(m.RegisterCategory, m.Title)).FirstOrDefaultAsync(ct);

    private Task<Meeting> MeetingOf(LiveSession session, CancellationToken ct) => db.Meetings.SingleAsync(m => m.Id == session.OriginId, ct);

    /// <summary>The session a new meeting runs on: its facilitator, its invitees as members, its module version as the script.</summary>
    public static void Attach(Meeting meeting, IEnumerable<Guid> invitees, string joinCode)
    {
        meeting.Session = LiveSession.For(Origin.Meeting(meeting.Id), meeting.ModuleVersionId.ToString(), meeting.FacilitatorId, invitees, joinCode);
        meeting.SessionId = meeting.Session.Id;
    }
}

/// <summary>A module's agenda as a session script: one step per agenda item, with its assignment's format, timers and anonymity.</summary>
public static class MeetingScript
{
    public static SessionScript Of(ModulePack module) => new(module.Facilitator!.Agenda.Select(item => Step(item, module.FindAssignment(item.Assignment))).ToList());

    private static ScriptStep Step(AgendaItem item, Assignment? a) => new(
        item.Title!, item.Minutes, a?.Id, a is null ? SessionFormat.Plenary : Format(a.Format),
        a?.GroupSize is { } size ? new GroupBounds(size.Min, size.Max) : null, a?.SwapRoles ?? false, a?.Anonymous ?? false,
        item.Timers == false ? null : a?.TimedSteps.Select(t => new SubTimer(t.Title!, t.Minutes, t.Prompts)).ToList());

    private static SessionFormat Format(AssignmentFormat format) => format switch
    {
        AssignmentFormat.Groups => SessionFormat.Groups,
        AssignmentFormat.Pairs => SessionFormat.Pairs,
        AssignmentFormat.Individual => SessionFormat.Individual,
        _ => SessionFormat.Plenary,
    };
}

public static class LiveMeetingsSetup
{
    public static WebApplicationBuilder AddLiveMeetings(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ISessionKind, MeetingSessionKind>();
        return builder;
    }
}

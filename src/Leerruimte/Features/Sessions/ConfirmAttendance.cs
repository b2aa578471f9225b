using Leerruimte.Data;
using Leerruimte.Features.LearningLog;
using Leerruimte.Infrastructure;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Sessions;

/// <summary>What an hour in a session counts as for the professional register, and what the learning log calls it.</summary>
public sealed record SessionReflection(ActivityKind Category, string Title)
{
    /// <summary>The categories a planner can choose; Other means the session is no reflection.</summary>
    public static readonly ActivityKind[] Categories = [.. RegisterKinds.All, ActivityKind.Other];

    /// <summary>A category in the register's words; "geen reflectie" for Other.</summary>
    public static string Label(ActivityKind kind) => kind == ActivityKind.Other ? Ui.Consultation_NoReflection : LogTexts.Kind(kind);

    /// <summary>What the hours count as on the phone's confirmation; null for a session that is no reflection.</summary>
    public static string? CountsAs(ActivityKind kind) => LearningActivity.ReflectionKinds.Contains(kind) ? LogTexts.Kind(kind) : null;
}

/// <summary>
/// After a session closes, each attendee confirms on their own phone that they were there. That confirmation, with
/// the facilitator's attendance and the session's start and end, is what a professional register asks for; when the
/// host's kind says the session counts as reflection (<see cref="ISessionKind.ReflectionAsync"/>), the hours go into
/// the attendee's learning log once, so nobody types them twice.
/// </summary>
public sealed class ConfirmAttendance(LeerruimteDb db, SessionScripts scripts, TimeProvider clock)
{
    public sealed record Result(string? Error, LearningActivity? Logged = null, bool Confirmed = false);

    public async Task<Result> HandleAsync(Guid sessionId, Guid personId, CancellationToken ct = default)
    {
        var session = await db.LiveSessions.Include(s => s.Participants).FirstOrDefaultAsync(s => s.Id == sessionId, ct);
        var me = session?.Participants.FirstOrDefault(p => p.PersonId == personId);
        if (session is null || me is null) return new(Ui.Board_NoAccess);
        if (session.Status != SessionStatus.Closed || session.StartedAt is not { } started || session.ClosedAt is not { } closed) return new(Ui.Attendance_NotClosed);
        if (!me.Present) return new(Ui.Attendance_NotPresent);
        if (me.ConfirmedAt is not null) return new(null, Confirmed: true); // confirmed before: logged once

        me.ConfirmedAt = clock.GetUtcNow().UtcDateTime;
        var reflection = await scripts.KindOf(session.OriginKind).ReflectionAsync(session, ct);
        var logged = reflection is not null && LearningActivity.ReflectionKinds.Contains(reflection.Category)
            ? Activity(session, reflection, personId, started, closed, me.ConfirmedAt.Value) : null;
        if (logged is not null) db.LearningActivities.Add(logged);
        await db.SaveChangesAsync(ct);
        return new(null, logged, true);
    }

    private static LearningActivity Activity(LiveSession session, SessionReflection reflection, Guid personId, DateTime started, DateTime closed, DateTime confirmed) => new()
    {
        PersonId = personId,
        Title = reflection.Title,
        Date = DateOnly.FromDateTime(DutchTime.ToLocal(started)),
        StartTime = TimeOnly.FromDateTime(DutchTime.ToLocal(started)),
        ConfirmedAt = confirmed,
        Minutes = Math.Max(1, (int)Math.Round((closed - started).TotalMinutes)),
        Category = LearningCategory.Social,
        Kind = reflection.Category,
        Notes = string.Format(Ui.Attendance_LogNotes, DutchTime.Short(started), DutchTime.ToLocal(closed).ToString("HH:mm"), session.Participants.Count(p => p.Present), DutchTime.Short(confirmed)),
    };
}

using Leerruimte.Data;
using Leerruimte.Features.LearningLog;
using Leerruimte.Features.Sessions;
using Leerruimte.Infrastructure;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Consultations;

/// <summary>
/// After a consultation closes, each attendee confirms on their own phone that they were there. That confirmation,
/// with the chair's attendance and the session's start and end, is what a professional register asks for; the hours
/// go into the attendee's learning log in the consultation's register category, so nobody types them twice.
/// </summary>
public sealed class ConfirmAttendance(LeerruimteDb db, TimeProvider clock)
{
    public sealed record Result(string? Error, LearningActivity? Logged = null, bool Confirmed = false);

    public async Task<Result> HandleAsync(Guid consultationId, Guid personId, CancellationToken ct = default)
    {
        var c = await db.CaseConsultations.Include(x => x.Session!).ThenInclude(s => s.Participants).FirstOrDefaultAsync(x => x.Id == consultationId, ct);
        var me = c?.Session!.Participants.FirstOrDefault(p => p.PersonId == personId);
        if (c is null || me is null) return new(Ui.Board_NoAccess);
        if (c.Session!.Status != SessionStatus.Closed || c.Session.StartedAt is not { } started || c.Session.ClosedAt is not { } closed) return new(Ui.Attendance_NotClosed);
        if (!me.Present) return new(Ui.Attendance_NotPresent);
        if (me.ConfirmedAt is not null) return new(null, Confirmed: true); // confirmed before: logged once

        me.ConfirmedAt = clock.GetUtcNow().UtcDateTime;
        var logged = LearningActivity.ReflectionKinds.Contains(c.RegisterCategory) ? Activity(c, personId, started, closed, me.ConfirmedAt.Value) : null;
        if (logged is not null) db.LearningActivities.Add(logged);
        await db.SaveChangesAsync(ct);
        return new(null, logged, true);
    }

    private static LearningActivity Activity(CaseConsultation c, Guid personId, DateTime started, DateTime closed, DateTime confirmed) => new()
    {
        PersonId = personId,
        Title = string.Format(Ui.Attendance_LogTitle, c.MethodTitle),
        Date = DateOnly.FromDateTime(DutchTime.ToLocal(started)),
        Minutes = Math.Max(1, (int)Math.Round((closed - started).TotalMinutes)),
        Category = LearningCategory.Social,
        Kind = c.RegisterCategory,
        Notes = string.Format(Ui.Attendance_LogNotes, DutchTime.Short(started), DutchTime.ToLocal(closed).ToString("HH:mm"), c.Session!.Participants.Count(p => p.Present), DutchTime.Short(confirmed)),
    };
}

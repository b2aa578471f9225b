using Leerruimte.Data;
using Leerruimte.Features.Sessions;
using Leerruimte.Features.Teams;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Consultations;

/// <summary>
/// Moves or cancels a planned consultation; the chair does. In a series, one consultation is moved on its own, and
/// one or the rest of the series is cancelled: the others stay as they are. Everyone invited gets the news and a
/// calendar file that changes just those dates.
/// </summary>
public sealed class ChangeConsultation(LeerruimteDb db, ConsultationInvitations invitations, TimeProvider clock)
{
    public const int MaxPlace = 200;

    public enum Scope { This, ThisAndLater }

    public async Task<string?> MoveAsync(Guid consultationId, Guid personId, DateOnly? date, TimeOnly? time, string? place, CancellationToken ct = default)
    {
        var (c, error) = await PlannedAsync(consultationId, personId, ct);
        if (c is null) return error;
        if (date is null) return Ui.Plan_DateRequired;
        if (time is null) return Ui.Plan_TimeRequired;
        if (place?.Trim().Length > MaxPlace) return Ui.Validation_TooLong;
        var (startsAt, wrongTime) = PlannedStart.Of(date.Value, time.Value, clock.GetUtcNow().UtcDateTime);
        if (wrongTime is not null) return wrongTime;

        (c.StartsAt, c.Place) = (startsAt, string.IsNullOrWhiteSpace(place) ? null : place.Trim());
        var series = await NextSequenceAsync(c, ct);
        await invitations.SendAsync(ConsultationInvitations.Kind.Update, [c], series, People(c), ct);
        await db.SaveChangesAsync(ct);
        return null;
    }

    public async Task<string?> CancelAsync(Guid consultationId, Guid personId, Scope scope, CancellationToken ct = default)
    {
        var (c, error) = await PlannedAsync(consultationId, personId, ct);
        if (c is null) return error;
        var these = scope == Scope.ThisAndLater && c.SeriesId is { } seriesId
            ? await db.CaseConsultations.Include(x => x.Session!).ThenInclude(s => s.Participants)
                .Where(x => x.SeriesId == seriesId && x.Status == ConsultationStatus.Planned && x.SeriesStartsAt >= c.SeriesStartsAt)
                .OrderBy(x => x.SeriesStartsAt).ToListAsync(ct)
            : [c];
        foreach (var x in these) (x.Status, x.Session!.Status) = (ConsultationStatus.Cancelled, SessionStatus.Cancelled);
        var series = await NextSequenceAsync(c, ct);
        await invitations.SendAsync(ConsultationInvitations.Kind.Cancellation, these, series, [.. these.SelectMany(People).Distinct()], ct);
        await db.SaveChangesAsync(ct);
        return null;
    }

    private async Task<(CaseConsultation? Consultation, string? Error)> PlannedAsync(Guid consultationId, Guid personId, CancellationToken ct)
    {
        var c = await db.CaseConsultations.Include(x => x.Session!).ThenInclude(s => s.Participants)
            .Where(x => TeamAccess.TeamsOf(db, personId).Contains(x.TeamId)).FirstOrDefaultAsync(x => x.Id == consultationId, ct);
        if (c is null) return (null, Ui.Board_NoAccess);
        if (c.ChairId != personId) return (null, Ui.Consultation_OnlyChairChanges);
        return c.Status == ConsultationStatus.Planned ? (c, null) : (null, Ui.Consultation_NotPlannedAnyMore);
    }

    /// <summary>A change to one of a series raises the series' sequence, since calendars know it by the series.</summary>
    private async Task<ConsultationSeries?> NextSequenceAsync(CaseConsultation c, CancellationToken ct)
    {
        var series = c.SeriesId is { } id ? await db.ConsultationSeries.SingleAsync(s => s.Id == id, ct) : null;
        if (series is null) c.CalendarSequence++;
        else series.CalendarSequence++;
        return series;
    }

    private static IReadOnlyCollection<Guid> People(CaseConsultation c) => [.. c.Session!.Participants.Select(p => p.PersonId).Append(c.ChairId).Distinct()];
}

using System.ComponentModel.DataAnnotations;
using Leerruimte.Data;
using Leerruimte.Features.Cases;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.LearningLog;
using Leerruimte.Features.Sessions;
using Leerruimte.Features.Teams;
using Leerruimte.Features.WorkForms;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Consultations;

/// <summary>
/// Plans a case consultation: anyone in the team may chair one. It keeps today's version of the method, points at a
/// case of the team's library (or none yet), names who brings it in, and says what its hours count as.
/// </summary>
public sealed class PlanConsultation(LeerruimteDb db, ContentCatalogue catalogue, ConsultationInvitations invitations, TimeProvider clock)
{
    public sealed class Input
    {
        [Required(ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Consultation_MethodRequired))]
        public string? MethodId { get; set; }

        public Guid? CaseId { get; set; }
        public Guid? CaseBringerId { get; set; }

        [Required(ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Plan_DateRequired))]
        public DateOnly? Date { get; set; }

        [Required(ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Plan_TimeRequired))]
        public TimeOnly? Time { get; set; }

        [MaxLength(200, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_TooLong))]
        public string? Place { get; set; }

        /// <summary>What the hours count as; none chosen is what the method says (a consultation: casuïstiekbespreking).</summary>
        public ActivityKind? RegisterCategory { get; set; }

        /// <summary>Once, or as a fixed agenda item every week or every two weeks, <see cref="Times"/> times in all.</summary>
        public ConsultationRhythm Rhythm { get; set; }

        public int Times { get; set; } = 6;
    }

    public sealed record Result(CaseConsultation? Consultation, string? Error);

    public async Task<Result> HandleAsync(Guid teamId, Guid chairId, Input input, IReadOnlyCollection<Guid> participants, CancellationToken ct = default)
    {
        if (!await TeamAccess.IsInAsync(db, teamId, chairId, ct)) return new(null, Ui.Case_NotInTeam);
        var (versionId, method) = (await ConsultationMethod.AllAsync(catalogue, ct)).FirstOrDefault(m => m.Method.Id == input.MethodId);
        if (method is null) return new(null, Ui.Consultation_MethodUnknown);
        var category = input.RegisterCategory ?? RegisterCategories.KindOf(method) ?? ActivityKind.CaseConsultation;
        if (!SessionReflection.Categories.Contains(category)) return new(null, Ui.Consultation_CategoryUnknown);
        var people = participants.Append(chairId).ToHashSet();
        if (await CheckAsync(teamId, input, people, ct) is { } error) return new(null, error);
        var series = Series(teamId, input);
        if (input.Rhythm != ConsultationRhythm.Once && series is null) return new(null, Ui.Consultation_RhythmUnknown);
        var (starts, wrongTime) = Starts(input, series);
        if (wrongTime is not null) return new(null, wrongTime);

        if (series is not null) db.ConsultationSeries.Add(series);
        var all = starts.Select((startsAt, i) => new CaseConsultation
        {
            TeamId = teamId, SeriesId = series?.Id, ChairId = chairId, MethodPackVersionId = versionId, MethodId = method.Id!, MethodTitle = method.Title!,
            StartsAt = startsAt, SeriesStartsAt = series is null ? null : startsAt, DurationMinutes = method.Steps.Sum(s => s.Minutes), Place = input.Place?.Trim(), RegisterCategory = category,
            // The case is for the first; later ones in the series get theirs chosen nearer the day.
            CaseId = i == 0 ? input.CaseId : null, CaseChosen = i == 0 && input.CaseId is not null, CaseBringerId = i == 0 ? input.CaseBringerId : null,
        }).ToList();
        foreach (var consultation in all)
        {
            ConsultationSessionKind.Attach(consultation, people, await JoinCodes.NewAsync(db, ct));
            db.CaseConsultations.Add(consultation);
        }
        await invitations.SendAsync(all[0], series, people, ct);
        await db.SaveChangesAsync(ct);
        return new(all[0], null);
    }

    private static ConsultationSeries? Series(Guid teamId, Input input) =>
        input.Rhythm is ConsultationRhythm.Weekly or ConsultationRhythm.Fortnightly && input.Times is >= ConsultationSeries.MinCount and <= ConsultationSeries.MaxCount
            ? new() { TeamId = teamId, Rhythm = input.Rhythm, Count = input.Times } : null;

    /// <summary>Every start of the series at the same Dutch time of day, so summer time does not move it an hour.</summary>
    private (List<DateTime> Starts, string? Error) Starts(Input input, ConsultationSeries? series)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var starts = new List<DateTime>();
        for (var i = 0; i < (series?.Count ?? 1); i++)
        {
            var (startsAt, error) = PlannedStart.Of(input.Date!.Value.AddDays(7 * i * (series?.Weeks ?? 1)), input.Time!.Value, now);
            if (error is not null) return ([], error);
            starts.Add(startsAt);
        }
        return (starts, null);
    }

    private async Task<string?> CheckAsync(Guid teamId, Input input, HashSet<Guid> people, CancellationToken ct)
    {
        if (input.CaseId is { } caseId && !await db.TeamCases.AnyAsync(c => c.Id == caseId && c.TeamId == teamId && c.Status == CaseStatus.Active, ct))
            return Ui.Consultation_CaseUnknown;
        if (input.CaseBringerId is { } bringer && !people.Contains(bringer)) return Ui.Consultation_BringerNotIn;
        return await TeamAccess.AllInAsync(db, teamId, people, ct) ? null : Ui.Plan_InviteeNotInTeam;
    }
}

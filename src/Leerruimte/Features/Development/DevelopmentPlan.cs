using System.ComponentModel.DataAnnotations;
using Leerruimte.Data;
using Leerruimte.Features.Scheduling;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Development;

/// <summary>Writing and keeping up one's development plan. Only the owner changes it; every status change is kept.</summary>
public sealed class DevelopmentPlan(LeerruimteDb db, TimeProvider clock, JobScheduler jobs)
{
    public sealed class Input
    {
        [Required(ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Point_TitleRequired))]
        [MaxLength(300, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_TooLong))]
        public string? Title { get; set; }

        [MaxLength(DevelopmentPoint.MaxTextLength, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_TooLong))]
        public string? Goal { get; set; }

        [MaxLength(DevelopmentPoint.MaxTextLength, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_TooLong))]
        public string? Motivation { get; set; }

        [MaxLength(DevelopmentPoint.MaxTextLength, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_TooLong))]
        public string? Needs { get; set; }

        [MaxLength(DevelopmentPoint.MaxTextLength, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_TooLong))]
        public string? FirstStep { get; set; }

        public DateOnly? TargetDate { get; set; }

        public static Input From(DevelopmentPoint p) => new()
            { Title = p.Title, Goal = p.Goal, Motivation = p.Motivation, Needs = p.Needs, FirstStep = p.FirstStep, TargetDate = p.TargetDate };
    }

    public Task<DevelopmentPoint?> OwnAsync(Guid pointId, Guid personId, CancellationToken ct = default) =>
        db.DevelopmentPoints.Include(p => p.History.OrderBy(h => h.At)).FirstOrDefaultAsync(p => p.Id == pointId && p.PersonId == personId, ct);

    public Task<List<DevelopmentPoint>> OfAsync(Guid personId, CancellationToken ct = default) =>
        db.DevelopmentPoints.AsNoTracking().Where(p => p.PersonId == personId).OrderBy(p => p.Status).ThenBy(p => p.TargetDate).ThenBy(p => p.CreatedAt).ToListAsync(ct);

    public async Task<DevelopmentPoint> CreateAsync(Guid personId, Input input, LearningRoute routes, (string Id, string Text)? statement, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var point = new DevelopmentPoint { PersonId = personId, Title = "", StatementId = statement?.Id, StatementText = statement?.Text, UpdatedAt = now };
        Apply(point, input, routes);
        point.History.Add(new DevelopmentPointEvent { At = now, Status = PointStatus.Open });
        db.DevelopmentPoints.Add(point);
        await TargetDateReminders.ScheduleAsync(jobs, point, before: null, now, ct);
        await db.SaveChangesAsync(ct);
        return point;
    }

    public async Task UpdateAsync(DevelopmentPoint point, Input input, LearningRoute routes, CancellationToken ct = default)
    {
        var before = point.TargetDate;
        Apply(point, input, routes);
        point.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await TargetDateReminders.ScheduleAsync(jobs, point, before, point.UpdatedAt, ct);
        await db.SaveChangesAsync(ct);
    }

    public async Task<string?> ChangeStatusAsync(DevelopmentPoint point, PointStatus status, string? note, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(status)) return Ui.Point_UnknownStatus;
        if ((note?.Length ?? 0) > DevelopmentPoint.MaxTextLength) return Ui.Validation_TooLong;
        var now = clock.GetUtcNow().UtcDateTime;
        point.Status = status;
        point.UpdatedAt = now;
        db.DevelopmentPointEvents.Add(new DevelopmentPointEvent { PointId = point.Id, At = now, Status = status, Note = note?.Trim() });
        await db.SaveChangesAsync(ct);
        return null;
    }

    public async Task DeleteAsync(DevelopmentPoint point, CancellationToken ct = default)
    {
        db.DevelopmentPoints.Remove(point);
        await db.SaveChangesAsync(ct);
    }

    public static LearningRoute ReadRoutes(IEnumerable<string?> posted) =>
        posted.Aggregate(LearningRoute.None, (all, v) => int.TryParse(v, out var r) && Enum.IsDefined((LearningRoute)r) ? all | (LearningRoute)r : all);

    private static void Apply(DevelopmentPoint point, Input input, LearningRoute routes)
    {
        point.Title = input.Title!.Trim();
        point.Goal = input.Goal?.Trim();
        point.Motivation = input.Motivation?.Trim();
        point.Needs = input.Needs?.Trim();
        point.FirstStep = input.FirstStep?.Trim();
        point.TargetDate = input.TargetDate;
        point.Routes = routes;
    }
}

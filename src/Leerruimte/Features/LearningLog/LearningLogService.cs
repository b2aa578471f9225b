using System.ComponentModel.DataAnnotations;
using Leerruimte.Data;
using Leerruimte.Infrastructure;
using Leerruimte.Resources;
using Leerruimte.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.LearningLog;

/// <summary>The owner's reflections (STAR) and learning activities (70-20-10). Only the owner writes; shares are read-only.</summary>
public sealed class LearningLogService(LeerruimteDb db, TenantContext tenant, EvidenceFiles evidence)
{
    public sealed class ReflectionInput
    {
        [Required(ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Star_DateRequired))]
        public DateOnly? Date { get; set; }

        [Required(ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Star_SituationRequired))]
        [MaxLength(Reflection.MaxTextLength, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_TooLong))]
        public string? Situation { get; set; }

        [MaxLength(Reflection.MaxTextLength, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_TooLong))] public string? Task { get; set; }
        [MaxLength(Reflection.MaxTextLength, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_TooLong))] public string? Action { get; set; }
        [MaxLength(Reflection.MaxTextLength, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_TooLong))] public string? Result { get; set; }
        [MaxLength(Reflection.MaxTextLength, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_TooLong))] public string? Lessons { get; set; }
        public Guid? DevelopmentPointId { get; set; }
        public Guid? ActionId { get; set; }
    }

    public sealed class ActivityInput
    {
        [Required(ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Star_DateRequired))]
        public DateOnly? Date { get; set; }

        [Required(ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Activity_TitleRequired))]
        [MaxLength(300, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_TooLong))]
        public string? Title { get; set; }

        [DefinedValue] public LearningCategory Category { get; set; } = LearningCategory.Practice;
        [DefinedValue] public ActivityKind Kind { get; set; }

        [Range(1, 24 * 60, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Activity_MinutesRange))]
        public int Minutes { get; set; } = 60;

        /// <summary>Optional; a declaration shows start and end (start plus minutes) when it is known.</summary>
        public TimeOnly? StartTime { get; set; }

        [MaxLength(LearningActivity.MaxTextLength, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_TooLong))]
        public string? Notes { get; set; }

        public Guid? DevelopmentPointId { get; set; }
    }

    public async Task<string?> AddReflectionAsync(Guid personId, ReflectionInput input, CancellationToken ct = default)
    {
        if (await ForeignLinkAsync(personId, input.DevelopmentPointId, input.ActionId, ct) is { } error) return error;
        var action = input.ActionId is { } a ? await db.PersonalActions.FirstAsync(x => x.Id == a, ct) : null;
        db.Reflections.Add(new Reflection
        {
            PersonId = personId, Date = input.Date!.Value, Situation = input.Situation!.Trim(), Task = input.Task?.Trim(), Action = input.Action?.Trim(),
            Result = input.Result?.Trim(), Lessons = input.Lessons?.Trim(), DevelopmentPointId = input.DevelopmentPointId,
            ActionId = input.ActionId, MeetingId = action?.OriginKind == Sessions.Origin.MeetingKind ? action.OriginId : null,
        });
        await db.SaveChangesAsync(ct);
        return null;
    }

    public async Task<string?> AddActivityAsync(Guid personId, ActivityInput input, IFormFile? file, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(input.Category) || !Enum.IsDefined(input.Kind)) return Ui.Activity_UnknownKind;
        if (await ForeignLinkAsync(personId, input.DevelopmentPointId, null, ct) is { } error) return error;
        var activity = new LearningActivity
        {
            PersonId = personId, Date = input.Date!.Value, Title = input.Title!.Trim(), Category = input.Category, Kind = input.Kind,
            Minutes = input.Minutes, StartTime = input.StartTime, Notes = input.Notes?.Trim(), DevelopmentPointId = input.DevelopmentPointId,
        };
        // A part without a file name is the empty file field; a named file of 0 bytes is an empty file, refused.
        if (file is { FileName.Length: > 0 })
        {
            await using var stream = file.OpenReadStream();
            var (stored, fileError) = await evidence.SaveAsync(tenant.OrganisationId ?? throw new InvalidOperationException("No organisation open."), file.FileName, file.Length, stream, ct);
            if (fileError is not null) return fileError;
            (activity.EvidenceKey, activity.EvidenceFileName, activity.EvidenceContentType, activity.EvidenceSize) = (stored!.Key, stored.FileName, stored.ContentType, stored.Size);
        }
        db.LearningActivities.Add(activity);
        await db.SaveChangesAsync(ct);
        return null;
    }

    public async Task<bool> DeleteReflectionAsync(Guid personId, Guid id, CancellationToken ct = default)
    {
        if (await db.Reflections.Where(r => r.Id == id && r.PersonId == personId).ExecuteDeleteAsync(ct) == 0) return false;
        await db.Shares.Where(s => s.OwnerId == personId && s.Kind == Sharing.ShareKind.Reflection && s.ItemId == id).ExecuteDeleteAsync(ct);
        return true;
    }

    public async Task<bool> DeleteActivityAsync(Guid personId, Guid id, CancellationToken ct = default)
    {
        var activity = await db.LearningActivities.FirstOrDefaultAsync(a => a.Id == id && a.PersonId == personId, ct);
        if (activity is null) return false;
        db.LearningActivities.Remove(activity);
        await db.Shares.Where(s => s.OwnerId == personId && s.Kind == Sharing.ShareKind.Activity && s.ItemId == id).ExecuteDeleteAsync(ct);
        await db.SaveChangesAsync(ct);
        evidence.Delete(activity.EvidenceKey);
        return true;
    }

    /// <summary>Links may only point at the owner's own points and actions.</summary>
    private async Task<string?> ForeignLinkAsync(Guid personId, Guid? pointId, Guid? actionId, CancellationToken ct)
    {
        if (pointId is { } p && !await db.DevelopmentPoints.AnyAsync(x => x.Id == p && x.PersonId == personId, ct)) return Ui.Log_UnknownLink;
        if (actionId is { } a && !await db.PersonalActions.AnyAsync(x => x.Id == a && x.PersonId == personId, ct)) return Ui.Log_UnknownLink;
        return null;
    }
}

using System.ComponentModel.DataAnnotations;
using Leerruimte.Data;
using Leerruimte.Resources;

namespace Leerruimte.Features.Actions;

/// <summary>After the follow-up period the participant rates again and writes what they did and learned.</summary>
public sealed class SaveFollowUp(LeerruimteDb db, TimeProvider clock)
{
    public sealed class Input
    {
        [Required(ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Action_RatingRequired))]
        public int? Rating { get; set; }

        [MaxLength(PersonalAction.MaxTextLength, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_TooLong))]
        public string? WhatIDid { get; set; }

        [MaxLength(PersonalAction.MaxTextLength, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_TooLong))]
        public string? WhatILearned { get; set; }
    }

    public async Task<string?> HandleAsync(SaveAction.Context context, Input input, CancellationToken ct = default)
    {
        if (context.Action is not { } action) return Ui.FollowUp_NoAction;
        if (!context.Host.Closed) return Ui.FollowUp_NotClosed;
        var scale = context.Host.Part.Scale;
        if (input.Rating is not { } rating || rating < scale.Min || rating > scale.Max) return string.Format(Ui.Action_RatingRange, scale.Min, scale.Max);
        var now = clock.GetUtcNow().UtcDateTime;
        action.RatingAfter = rating;
        action.WhatIDid = input.WhatIDid?.Trim();
        action.WhatILearned = input.WhatILearned?.Trim();
        action.FollowUpAnsweredAt ??= now;
        action.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return null;
    }
}

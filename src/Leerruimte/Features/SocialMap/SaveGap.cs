using System.ComponentModel.DataAnnotations;
using Leerruimte.Data;
using Leerruimte.Features.Teams;
using Leerruimte.Infrastructure.Privacy;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.SocialMap;

/// <summary>
/// Noting a gap in the social map, changing it (text, who closes it, open or closed) and removing it. The text is saved
/// only once the privacy guard finds nothing the writer has not confirmed; until then the form comes back as typed.
/// </summary>
public sealed class SaveGap(LeerruimteDb db, TimeProvider clock)
{
    public sealed class Input
    {
        [Required(ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Gap_TextRequired))]
        [StringLength(MapGap.MaxText, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_TooLong))]
        public string? Text { get; set; }

        public Guid? OwnerId { get; set; }

        public GapStatus Status { get; set; }

        public static Input From(MapGap g) => new() { Text = g.Text, OwnerId = g.OwnerId, Status = g.Status };

        public IReadOnlyList<GuardedField> Guarded => [new("gap-text", Ui.Gap_Text, Text)];
    }

    /// <summary>The gap as saved, or why not: an error, or what the guard found (nothing saved in either case).</summary>
    public sealed record Result(MapGap? Saved, string? Error = null, IReadOnlyList<GuardedField>? Findings = null);

    public async Task<Result> CreateAsync(Guid teamId, Guid personId, Input input, IReadOnlySet<string> confirmed, CancellationToken ct = default)
    {
        if (await db.MapGaps.CountAsync(g => g.TeamId == teamId, ct) >= MapGap.MaxPerTeam)
            return new(null, string.Format(Ui.Gap_TooMany, MapGap.MaxPerTeam));
        return await SaveAsync(new MapGap { TeamId = teamId, Text = "" }, personId, input, confirmed, isNew: true, ct);
    }

    public Task<Result> UpdateAsync(MapGap gap, Guid personId, Input input, IReadOnlySet<string> confirmed, CancellationToken ct = default) =>
        SaveAsync(gap, personId, input, confirmed, isNew: false, ct);

    public async Task DeleteAsync(MapGap gap, CancellationToken ct = default)
    {
        db.MapGaps.Remove(gap);
        await db.SaveChangesAsync(ct);
    }

    private async Task<Result> SaveAsync(MapGap gap, Guid personId, Input input, IReadOnlySet<string> confirmed, bool isNew, CancellationToken ct)
    {
        if (!Enum.IsDefined(input.Status)) return new(null, Ui.Gap_UnknownStatus);
        if (input.OwnerId is { } owner && !await TeamAccess.IsInAsync(db, gap.TeamId, owner, ct)) return new(null, Ui.Gap_OwnerNotInTeam);
        if (PrivacyGuard.Open(input.Guarded, gap.Confirmations, confirmed) is { Count: > 0 } findings) return new(null, Ui.Privacy_NotSaved, findings);

        var now = clock.GetUtcNow().UtcDateTime;
        PrivacyGuard.Record(gap.Confirmations, input.Guarded, confirmed, f => new GapConfirmation { Kind = f.Kind, Key = f.Key, ConfirmedById = personId, ConfirmedAt = now });
        gap.Text = input.Text!.Trim();
        gap.OwnerId = input.OwnerId;
        gap.Status = input.Status;
        gap.UpdatedAt = now;
        if (isNew) db.MapGaps.Add(gap);
        await db.SaveChangesAsync(ct);
        return new(gap);
    }
}

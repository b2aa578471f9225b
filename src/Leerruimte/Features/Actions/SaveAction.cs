using System.ComponentModel.DataAnnotations;
using Leerruimte.Data;
using Leerruimte.Features.Sessions;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Actions;

/// <summary>
/// A participant writes or changes their individual action and rates themselves now. Saving twice
/// changes the one action; once the follow-up is answered the action is final.
/// </summary>
public sealed class SaveAction(LeerruimteDb db, ActionHosts hosts, TimeProvider clock)
{
    public sealed class Input
    {
        [Required(ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Action_TextRequired))]
        [MaxLength(PersonalAction.MaxTextLength, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_TooLong))]
        public string? Text { get; set; }

        [Required(ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Action_RatingRequired))]
        public int? Rating { get; set; }

        public bool ShareWithLeader { get; set; }

        public Guid? DevelopmentPointId { get; set; }
    }

    public sealed record Context(ActionHost Host, PersonalAction? Action);

    /// <summary>The host (a meeting, a training's last session) and the person's action, if the person is in its session.</summary>
    public async Task<Context?> LoadAsync(Origin origin, Guid personId, CancellationToken ct = default)
    {
        if (await hosts.ForAsync(origin, personId, ct) is not { } host) return null;
        var action = await db.PersonalActions.Include(a => a.Cycles).From(origin).FirstOrDefaultAsync(a => a.PersonId == personId, ct);
        return new Context(host, action);
    }

    public async Task<string?> HandleAsync(Context context, Guid personId, Input input, CancellationToken ct = default)
    {
        var scale = context.Host.Part.Scale;
        if (input.Rating is not { } rating || rating < scale.Min || rating > scale.Max)
            return string.Format(Ui.Action_RatingRange, scale.Min, scale.Max);
        if (!context.Host.Started) return Ui.Action_NotYet;
        if (context.Action?.FollowUpAnsweredAt is not null) return Ui.Action_Final;
        if (input.DevelopmentPointId is { } point && !await db.DevelopmentPoints.AnyAsync(p => p.Id == point && p.PersonId == personId, ct))
            return Ui.Log_UnknownLink;

        var now = clock.GetUtcNow().UtcDateTime;
        var action = context.Action;
        if (action is null)
        {
            action = new PersonalAction { Origin = context.Host.Origin, PersonId = personId, Text = "" };
            db.PersonalActions.Add(action);
        }
        action.Text = input.Text!.Trim();
        action.RatingBefore = rating;
        action.SharedWithLeader = input.ShareWithLeader;
        action.DevelopmentPointId = input.DevelopmentPointId;
        action.UpdatedAt = now;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (context.Action is null)
        {
            // The same form was sent twice at once: the first one created the action; save this as a change of it.
            db.ChangeTracker.Clear();
            var fresh = await LoadAsync(context.Host.Origin, personId, ct);
            return fresh is null ? Ui.Board_NoAccess : await HandleAsync(fresh, personId, input, ct);
        }
        return null;
    }
}

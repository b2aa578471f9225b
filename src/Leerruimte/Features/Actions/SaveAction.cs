using System.ComponentModel.DataAnnotations;
using Leerruimte.Data;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Meetings;
using Leerruimte.Features.Modules;
using Leerruimte.Features.Sessions;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Actions;

/// <summary>
/// A participant writes or changes their individual action and rates themselves now. Saving twice
/// changes the one action; once the follow-up is answered the action is final.
/// </summary>
public sealed class SaveAction(LeerruimteDb db, ContentCatalogue catalogue, TimeProvider clock)
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

    public sealed record Context(Meeting Meeting, ModulePack Module, PersonalAction? Action);

    /// <summary>The meeting, its module and the person's action, if the person took part in it.</summary>
    public async Task<Context?> LoadAsync(Guid meetingId, Guid personId, CancellationToken ct = default)
    {
        var mine = SessionAccess.SessionsOf(db, personId);
        var meeting = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == meetingId
            && m.Status != MeetingStatus.Cancelled && mine.Contains(m.SessionId), ct);
        if (meeting is null) return null;
        var module = await catalogue.ByVersionIdAsync<ModulePack>(meeting.ModuleVersionId, ct);
        if (module is null) return null;
        var action = await db.PersonalActions.Include(a => a.Cycles).From(Origin.Meeting(meetingId)).FirstOrDefaultAsync(a => a.PersonId == personId, ct);
        return new Context(meeting, module, action);
    }

    public async Task<string?> HandleAsync(Context context, Guid personId, Input input, CancellationToken ct = default)
    {
        var scale = context.Module.IndividualAction!.Scale;
        if (input.Rating is not { } rating || rating < scale.Min || rating > scale.Max)
            return string.Format(Ui.Action_RatingRange, scale.Min, scale.Max);
        if (context.Meeting.Status == MeetingStatus.Planned) return Ui.Action_NotYet;
        if (context.Action?.FollowUpAnsweredAt is not null) return Ui.Action_Final;
        if (input.DevelopmentPointId is { } point && !await db.DevelopmentPoints.AnyAsync(p => p.Id == point && p.PersonId == personId, ct))
            return Ui.Log_UnknownLink;

        var now = clock.GetUtcNow().UtcDateTime;
        var action = context.Action;
        if (action is null)
        {
            action = new PersonalAction { Origin = Origin.Meeting(context.Meeting.Id), PersonId = personId, Text = "" };
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
            var fresh = await LoadAsync(context.Meeting.Id, personId, ct);
            return fresh is null ? Ui.Board_NoAccess : await HandleAsync(fresh, personId, input, ct);
        }
        return null;
    }
}

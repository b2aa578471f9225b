using Leerruimte.Data;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Modules;
using Leerruimte.Infrastructure;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Meetings.Live;

/// <summary>
/// Adds a note to the board of the current assignment. The note is stored before anyone is told about it;
/// a note sent twice (same id) is stored once.
/// </summary>
public sealed class BoardService(LeerruimteDb db, ContentCatalogue catalogue, IMeetingEvents events, TimeProvider clock)
{
    public sealed record Result(BoardItemView? Item, string? Error);

    public async Task<Result> AddAsync(Guid meetingId, Guid personId, Guid itemId, string? text, CancellationToken ct = default)
    {
        // Cleaned before the checks, so a note of only control characters is empty, and phones show what is stored.
        var trimmed = FreeText.Clean(text)?.Trim() ?? "";
        if (trimmed.Length == 0) return new(null, Ui.Board_Empty);
        if (trimmed.Length > BoardItem.MaxLength) return new(null, string.Format(Ui.Board_TooLong, BoardItem.MaxLength));
        if (itemId == Guid.Empty) return new(null, Ui.Board_Invalid);

        // One query for the access check, the meeting's state and the author's name (a note is sent every few
        // seconds by every phone in every running meeting: see bench/live-board.sh).
        var meeting = await db.Meetings.AsNoTracking()
            .Where(m => m.Id == meetingId && (m.FacilitatorId == personId || m.Invitees.Any(i => i.PersonId == personId)))
            .Select(m => new { m.Status, m.AgendaIndex, m.ModuleVersionId, AuthorName = db.Users.Where(p => p.Id == personId).Select(p => p.DisplayName).FirstOrDefault() })
            .FirstOrDefaultAsync(ct);
        if (meeting is null) return new(null, Ui.Board_NoAccess);
        if (meeting.Status != MeetingStatus.Running) return new(null, meeting.Status == MeetingStatus.Closed ? Ui.Board_Closed : Ui.Board_NotStarted);

        var module = await catalogue.ByVersionIdAsync<ModulePack>(meeting.ModuleVersionId, ct) ?? throw new InvalidOperationException("Module version missing.");
        var existing = await db.BoardItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == itemId, ct);
        if (existing is not null)
            return existing.AuthorId == personId && existing.MeetingId == meetingId ? new(BoardItemView.Of(existing, module, meeting.AuthorName), null) : new(null, Ui.Board_Invalid);

        var assignmentId = module.Facilitator!.Agenda[meeting.AgendaIndex].Assignment;
        var assignment = module.FindAssignment(assignmentId);
        // Groups are only ever formed for group and pair assignments (MeetingRoom.FormGroupsAsync).
        int? group = assignment?.Format is AssignmentFormat.Groups or AssignmentFormat.Pairs ? await db.GroupMembers
            .Where(g => g.MeetingId == meetingId && g.AssignmentId == assignmentId && g.PersonId == personId)
            .Select(g => (int?)g.GroupNumber).FirstOrDefaultAsync(ct) : null;

        var item = new BoardItem
        {
            Id = itemId, MeetingId = meetingId, AgendaIndex = meeting.AgendaIndex, AssignmentId = assignmentId,
            GroupNumber = group, AuthorId = personId, Text = trimmed, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.BoardItems.Add(item);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            // The same note arrived twice at the same moment: the other copy was stored.
            if (await db.BoardItems.AsNoTracking().AnyAsync(i => i.Id == itemId, ct)) return new(BoardItemView.Of(item, module, meeting.AuthorName), null);
            throw;
        }
        var view = BoardItemView.Of(item, module, meeting.AuthorName);
        await events.PublishAsync(new ItemAdded(meetingId, view));
        return new(view, null);
    }
}

using Leerruimte.Data;
using Leerruimte.Features.Notifications;
using Leerruimte.Features.Sessions;
using Leerruimte.Infrastructure;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Meetings;

/// <summary>
/// A meeting held on paper (with the printed kit), typed in afterwards by its facilitator: who was there and what the
/// room put on each step's flip-over. The notes go on the board under the facilitator, without a name; then the meeting
/// closes as a live one does, so the present members choose their action and rating, the feedback form and the
/// three-week follow-up follow. A session closed without ever starting was held on paper (<see cref="HeldOnPaper"/>).
/// </summary>
public sealed class PaperMeeting(LeerruimteDb db, SessionCommands sessions, SessionScripts scripts, Messages messages, PublicLinks links, TimeProvider clock)
{
    /// <summary>Enough for a full flip-over: more lines on one step than this is a paste gone wrong.</summary>
    public const int MaxNotesPerStep = 100;

    public sealed record Result(bool Ok, string? Error);

    public static bool HeldOnPaper(LiveSession session) => session.Status == SessionStatus.Closed && session.StartedAt is null;

    /// <summary>The notes typed for one step: a note per line, blank lines left out.</summary>
    public static List<string> Lines(string? typed) =>
        (FreeText.Clean(typed) ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    public async Task<Result> EnterAsync(Meeting meeting, Guid facilitatorId, IReadOnlySet<Guid> present, IReadOnlyDictionary<int, string?> boards, CancellationToken ct = default)
    {
        var session = meeting.Session!;
        if (session.Status != SessionStatus.Planned) return new(false, Ui.Paper_AlreadyHeld);
        if (present.Count == 0 || !present.All(p => session.Participants.Any(x => x.PersonId == p))) return new(false, Ui.Paper_WhoWasThere);
        var script = await scripts.OfAsync(session, ct);
        var notes = new List<BoardItem>();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (index, typed) in boards.Where(b => b.Key >= 0 && b.Key < script.Steps.Count).OrderBy(b => b.Key))
        {
            var lines = Lines(typed);
            if (lines.Count > MaxNotesPerStep) return new(false, string.Format(Ui.Paper_TooMany, script.Steps[index].Title, MaxNotesPerStep));
            if (lines.FirstOrDefault(l => l.Length > BoardItem.MaxLength) is not null) return new(false, string.Format(Ui.Board_TooLong, BoardItem.MaxLength));
            notes.AddRange(lines.Select(line => new BoardItem
            {
                Id = Guid.CreateVersion7(), SessionId = session.Id, StepIndex = index, StepKey = script.Steps[index].Key, AuthorId = facilitatorId,
                Text = line, Anonymous = true, CreatedAt = now.AddMilliseconds(notes.Count), // in the order typed
            }));
        }
        foreach (var p in session.Participants)
        {
            p.Present = present.Contains(p.PersonId);
            if (p.Present) p.JoinedAt ??= meeting.StartsAt;
        }
        db.BoardItems.AddRange(notes);
        await InviteToChooseAnActionAsync(meeting, present.Where(p => p != facilitatorId).ToList(), ct);
        // All of it or none: a failed close must not leave notes behind that a second try would add again.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        var closed = await sessions.CloseAsync(session.Id, facilitatorId);
        if (closed.Error is not null) return new(false, closed.Error);
        await transaction.CommitAsync(ct);
        return new(true, null);
    }

    // After a live meeting the phone shows the way to the action; after a paper one, a notice does (start page, and
    // mail as each person chose for notices).
    private async Task InviteToChooseAnActionAsync(Meeting meeting, List<Guid> people, CancellationToken ct)
    {
        var page = $"/bijeenkomsten/{meeting.Id}/mijn-actie";
        var recipients = await db.Users.Where(p => people.Contains(p.Id)).Select(p => new Messages.Recipient(p.Id, p.DisplayName, p.Email!)).ToListAsync(ct);
        foreach (var to in recipients)
            await messages.SendAsync(to, new(MessageKind.Notice, string.Format(Ui.Paper_ChooseAction, meeting.Title), page,
                string.Format(Ui.Paper_MailSubject, meeting.Title),
                string.Format(Ui.Paper_MailBody, to.Name, meeting.Title, DutchTime.Date(meeting.StartsAt), links.To(page))), ct);
    }
}

using Leerruimte.Data;
using Leerruimte.Features.Sessions;
using Leerruimte.Features.Teams;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.SocialMap;

/// <summary>
/// The placemat of a training (module 4) feeds the social map (W7): a participant takes a note from the placemat's
/// board to the map of one of their own teams, as the first draft of a partner they complete and save there.
/// </summary>
public sealed class PlacematNotes(LeerruimteDb db)
{
    /// <summary>The work form of the script items whose notes are placemat notes.</summary>
    public const string WorkForm = "placemat-sociale-kaart";

    public sealed record Note(Guid Id, string Text);

    public sealed record Team(Guid Id, string Name);

    /// <summary>The notes on the placemat steps of a session this person is in, oldest first; none for anyone else.</summary>
    public async Task<IReadOnlyList<Note>> OfSessionAsync(Guid sessionId, IReadOnlyCollection<int> placematSteps, Guid me, CancellationToken ct = default)
    {
        if (placematSteps.Count == 0 || !await SessionAccess.IsInAsync(db, sessionId, me, ct)) return [];
        return await db.BoardItems.AsNoTracking().Where(i => i.SessionId == sessionId && placematSteps.Contains(i.StepIndex))
            .OrderBy(i => i.CreatedAt).Select(i => new Note(i.Id, i.Text)).ToListAsync(ct);
    }

    /// <summary>The teams whose map this person can add to: their own.</summary>
    public async Task<IReadOnlyList<Team>> TeamsAsync(Guid me, CancellationToken ct = default)
    {
        var mine = TeamAccess.TeamsOf(db, me);
        return await db.Teams.AsNoTracking().Where(t => mine.Contains(t.Id)).OrderBy(t => t.Name).Select(t => new Team(t.Id, t.Name)).ToListAsync(ct);
    }

    /// <summary>A note as a partner's first draft (name before a colon or line break, what they offer after it), if this person was in its session.</summary>
    public async Task<SavePartner.Input?> DraftAsync(Guid noteId, Guid me, CancellationToken ct = default)
    {
        var note = await db.BoardItems.AsNoTracking().Where(i => i.Id == noteId).Select(i => new { i.SessionId, i.Text }).FirstOrDefaultAsync(ct);
        if (note is null || !await SessionAccess.IsInAsync(db, note.SessionId, me, ct)) return null;
        var cut = note.Text.IndexOfAny([':', '\n']);
        var name = (cut > 0 ? note.Text[..cut] : note.Text).Trim();
        var offer = cut > 0 ? note.Text[(cut + 1)..].Trim() : "";
        return new SavePartner.Input { Name = name.Length > Partner.MaxName ? name[..Partner.MaxName] : name, Offer = offer };
    }

    public static string ToMap(Guid teamId, Guid noteId) => $"{SocialMapLinks.Map(teamId)}?placemat={noteId}#new-partner";
}

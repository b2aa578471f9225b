using Leerruimte.Data;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Notifications;

/// <summary>A person reads and sets their own mail choice per kind of message (the page <see cref="Page"/>).</summary>
public sealed class MailChoices(LeerruimteDb db)
{
    public const string Page = "/mijn-e-mail";

    /// <summary>The form's field per kind and value per choice: Dutch words, so the address bar and the form read plainly.</summary>
    public static readonly IReadOnlyDictionary<MessageKind, string> Fields = new Dictionary<MessageKind, string>
    {
        [MessageKind.Invitation] = "uitnodigingen", [MessageKind.Reminder] = "herinneringen", [MessageKind.Share] = "gedeeld", [MessageKind.Notice] = "meldingen",
    };

    public static readonly IReadOnlyDictionary<MailChoice, string> Values = new Dictionary<MailChoice, string>
    {
        [MailChoice.AtOnce] = "meteen", [MailChoice.Digest] = "verzamelmail", [MailChoice.StartPageOnly] = "startpagina",
    };

    public static async Task<MailChoice> OfAsync(LeerruimteDb db, Guid personId, MessageKind kind, CancellationToken ct = default) =>
        await db.MailPreferences.Where(p => p.PersonId == personId && p.Kind == kind).Select(p => (MailChoice?)p.Choice).FirstOrDefaultAsync(ct) ?? MailChoice.AtOnce;

    public async Task<Dictionary<MessageKind, MailChoice>> LoadAsync(Guid personId, CancellationToken ct = default)
    {
        var stored = await db.MailPreferences.AsNoTracking().Where(p => p.PersonId == personId).ToDictionaryAsync(p => p.Kind, p => p.Choice, ct);
        return Enum.GetValues<MessageKind>().ToDictionary(k => k, k => stored.GetValueOrDefault(k, MailChoice.AtOnce));
    }

    /// <summary>Reads one choice per kind from the posted form; anything else (a missing or foreign value) is refused whole and saves nothing.</summary>
    public static Dictionary<MessageKind, MailChoice>? Read(IFormCollection form)
    {
        var chosen = new Dictionary<MessageKind, MailChoice>();
        foreach (var (kind, field) in Fields)
        {
            var posted = form[field];
            var match = Values.Where(v => posted.Count == 1 && v.Value == posted[0]).Select(v => (MailChoice?)v.Key).FirstOrDefault();
            if (match is not { } choice) return null;
            chosen[kind] = choice;
        }
        return chosen;
    }

    /// <summary>Stores the person's own choices; returns a Dutch message when the form could not be read.</summary>
    public async Task<string?> SaveAsync(Guid personId, IFormCollection form, CancellationToken ct = default)
    {
        if (Read(form) is not { } chosen) return Ui.MailChoices_Unreadable;
        try
        {
            await ApplyAsync(personId, chosen, ct);
        }
        catch (DbUpdateException)
        {
            // The same form sent twice at once: the other one inserted first; now there are rows to update.
            db.ChangeTracker.Clear();
            await ApplyAsync(personId, chosen, ct);
        }
        return null;
    }

    private async Task ApplyAsync(Guid personId, Dictionary<MessageKind, MailChoice> chosen, CancellationToken ct)
    {
        var stored = await db.MailPreferences.Where(p => p.PersonId == personId).ToListAsync(ct);
        foreach (var (kind, choice) in chosen)
        {
            if (stored.FirstOrDefault(p => p.Kind == kind) is { } row) row.Choice = choice;
            else db.MailPreferences.Add(new MailPreference { PersonId = personId, Kind = kind, Choice = choice });
        }
        await db.SaveChangesAsync(ct);
    }
}

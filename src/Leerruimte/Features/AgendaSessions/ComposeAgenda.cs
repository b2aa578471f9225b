using Leerruimte.Features.WorkForms;
using Leerruimte.Resources;

namespace Leerruimte.Features.AgendaSessions;

/// <summary>
/// The agenda while it is composed: the planning form carries its items, and each button (add, up, down, remove)
/// posts the form with its own command, so it works with the keyboard and without script. Nothing is stored yet.
/// </summary>
public static class ComposeAgenda
{
    public sealed class Item
    {
        public string? FormId { get; set; }
        public int? Minutes { get; set; }
    }

    public const string Add = "add", Up = "up", Down = "down", Remove = "remove";

    /// <summary>Applies one command to the items; the error says why an item could not be added.</summary>
    public static string? Apply(List<Item> items, string? command, string? pick, IReadOnlyList<WorkForm> forms)
    {
        var (verb, index) = Parse(command);
        if (verb == Add) return AddItem(items, pick, forms);
        if (index is not { } i || i < 0 || i >= items.Count) return null;
        if (verb == Remove) items.RemoveAt(i);
        else if (verb == Up && i > 0) (items[i - 1], items[i]) = (items[i], items[i - 1]);
        else if (verb == Down && i < items.Count - 1) (items[i + 1], items[i]) = (items[i], items[i + 1]);
        return null;
    }

    /// <summary>Whether this command changes the agenda (rather than plans the session).</summary>
    public static bool Composes(string? command) => Parse(command).Verb is Add or Up or Down or Remove;

    public static string Command(string verb, int index) => $"{verb}:{index}";

    private static string? AddItem(List<Item> items, string? pick, IReadOnlyList<WorkForm> forms)
    {
        if (items.Count >= AgendaSession.MaxItems) return string.Format(Ui.TeamSession_TooManyItems, AgendaSession.MaxItems);
        if (forms.FirstOrDefault(f => f.Id == pick) is not { } form) return Ui.TeamSession_ChooseWorkForm;
        items.Add(new Item { FormId = form.Id, Minutes = DefaultMinutes(form) });
        return null;
    }

    /// <summary>An item's minutes unless changed: what the work form's steps add up to (its own total when they give none).</summary>
    public static int DefaultMinutes(WorkForm form) =>
        Math.Clamp(Math.Max(form.Steps.Sum(s => s.Minutes) is > 0 and var steps ? steps : form.Minutes, form.Steps.Count), AgendaSessionItem.MinMinutes, AgendaSessionItem.MaxMinutes);

    private static (string? Verb, int? Index) Parse(string? command)
    {
        var parts = (command ?? "").Split(':', 2);
        return (parts[0], parts.Length == 2 && int.TryParse(parts[1], out var i) ? i : null);
    }
}

using Leerruimte.Authorization;
using Leerruimte.Data;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.References;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.ConversationRoute;

/// <summary>
/// The ten route questions with the organisation's answers. Whoever knows how it goes here writes them: the admin, a
/// team leader, or the trainer preparing the training with the organisation; everyone in it reads them, and the
/// trainer shows them in module 1 when the script comes to the route.
/// </summary>
public sealed class RouteAnswers(LeerruimteDb db, ContentCatalogue catalogue, TimeProvider clock)
{
    public const string ListId = "route-van-het-gesprek";

    public sealed record Row(int Number, string Title, string Question, string? Answer, DateTime? UpdatedAt);

    public static bool MayWrite(CurrentUser user) => user.IsAdmin || user.IsInRole(Roles.TeamLeader) || user.IsInRole(Roles.Trainer);

    /// <summary>The questions as the reference list has them now, each with the answer given (null while there is none).</summary>
    public async Task<List<Row>> LoadAsync(CancellationToken ct = default)
    {
        var answers = await db.RouteAnswers.AsNoTracking().ToDictionaryAsync(a => a.Number, ct);
        return [.. (await QuestionsAsync(ct)).Select((q, i) => answers.GetValueOrDefault(i + 1) is { } a
            ? new Row(i + 1, q.Title ?? "", q.Text ?? "", a.Text, a.UpdatedAt)
            : new Row(i + 1, q.Title ?? "", q.Text ?? "", null, null))];
    }

    /// <summary>Saves all answers at once; an empty one removes the answer. Nothing is saved when one is refused.</summary>
    public async Task<string?> SaveAsync(Guid by, IReadOnlyDictionary<int, string?> given, CancellationToken ct = default)
    {
        var questions = await QuestionsAsync(ct);
        if (questions.Count == 0) return Ui.Route_NoList;
        if (given.Keys.Any(n => n < 1 || n > questions.Count)) return Ui.Route_UnknownQuestion;
        if (given.Values.Any(t => t?.Trim().Length > RouteAnswer.MaxText)) return string.Format(Ui.Route_TooLong, RouteAnswer.MaxText);
        var stored = await db.RouteAnswers.ToDictionaryAsync(a => a.Number, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (number, raw) in given)
        {
            var text = raw?.Trim();
            var existing = stored.GetValueOrDefault(number);
            if (string.IsNullOrEmpty(text)) { if (existing is not null) db.RouteAnswers.Remove(existing); continue; }
            if (existing?.Text == text) continue;
            existing ??= db.RouteAnswers.Add(new RouteAnswer { Number = number, Question = "", Text = "" }).Entity;
            (existing.Text, existing.Question, existing.UpdatedById, existing.UpdatedAt) = (text, Clip(questions[number - 1].Text), by, now);
        }
        await db.SaveChangesAsync(ct);
        return null;
    }

    private static string Clip(string? text) => text is { Length: > RouteAnswer.MaxQuestion } ? text[..RouteAnswer.MaxQuestion] : text ?? "";

    private async Task<IReadOnlyList<ReferenceItem>> QuestionsAsync(CancellationToken ct) =>
        (await catalogue.ReferenceListAsync(ListId, ct))?.Items ?? [];
}

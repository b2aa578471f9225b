using Leerruimte.Resources;

namespace Leerruimte.Features.Forms;

/// <summary>What may be stored as an answer, question by question; nobody (and no other page) decides it elsewhere.</summary>
public static class AnswerRules
{
    public const int MaxTextLength = 4000;

    /// <summary>
    /// Reads what was posted for one question into the value to store, or a Dutch message. Nothing posted (or only
    /// blank text) is no answer; for checkboxes it is "none ticked", which is an answer too.
    /// </summary>
    public static AnswerResult Read(FormDefinition form, FormQuestion question, IReadOnlyList<string?> posted, IReadOnlyList<FormPerson> people) =>
        question.Kind switch
        {
            QuestionKind.Scale => Number(posted, form.ScaleOf(question).Count, Ui.Forms_ChooseScalePoint),
            QuestionKind.Choice when question.Multiple => Numbers(Given(posted), question.Options.Count),
            QuestionKind.Choice => Number(posted, question.Options.Count, Ui.Validation_UnknownChoice),
            QuestionKind.Attendance => People(Given(posted), people),
            _ => Text(posted),
        };

    // An empty value among checkboxes ticks nothing (a browser sends none; some tools send "" for an unticked group).
    private static List<string?> Given(IReadOnlyList<string?> posted) => posted.Where(v => !string.IsNullOrEmpty(v)).ToList();

    public static bool IsAnswered(FormAnswer? answer) =>
        answer is not null && (answer.Number is not null || !string.IsNullOrWhiteSpace(answer.Text) || answer.Choices.Count > 0);

    /// <summary>The required questions without an answer, in the form's order.</summary>
    public static IReadOnlyList<FormQuestion> Missing(FormDefinition form, FormResponse? response) =>
        form.Questions.Where(q => q.Required && !IsAnswered(response?.AnswerTo(q.Id!))).ToList();

    private static AnswerResult Number(IReadOnlyList<string?> posted, int count, string outOfRange)
    {
        if (posted.Count == 0 || posted is [null or ""]) return AnswerResult.None;
        if (posted.Count > 1 || !int.TryParse(posted[0], out var number)) return AnswerResult.Refuse(Ui.Validation_Unreadable);
        return number >= 1 && number <= count ? new AnswerResult(new AnswerValue(number, null, null)) : AnswerResult.Refuse(string.Format(outOfRange, count));
    }

    private static AnswerResult Numbers(IReadOnlyList<string?> posted, int count)
    {
        if (posted.Count > count) return AnswerResult.Refuse(Ui.Validation_UnknownChoice);
        var chosen = new SortedSet<int>();
        foreach (var value in posted)
        {
            if (!int.TryParse(value, out var number)) return AnswerResult.Refuse(Ui.Validation_Unreadable);
            if (number < 1 || number > count) return AnswerResult.Refuse(Ui.Validation_UnknownChoice);
            chosen.Add(number);
        }
        return new AnswerResult(new AnswerValue(null, null, chosen.Select(n => n.ToString()).ToList()));
    }

    private static AnswerResult People(IReadOnlyList<string?> posted, IReadOnlyList<FormPerson> people)
    {
        if (posted.Count > people.Count) return AnswerResult.Refuse(Ui.Forms_NotInSession);
        var chosen = new HashSet<Guid>();
        foreach (var value in posted)
        {
            if (!Guid.TryParse(value, out var id)) return AnswerResult.Refuse(Ui.Validation_Unreadable);
            if (people.All(p => p.Id != id)) return AnswerResult.Refuse(Ui.Forms_NotInSession);
            chosen.Add(id);
        }
        return new AnswerResult(new AnswerValue(null, null, people.Where(p => chosen.Contains(p.Id)).Select(p => p.Id.ToString()).ToList()));
    }

    private static AnswerResult Text(IReadOnlyList<string?> posted)
    {
        if (posted.Count > 1) return AnswerResult.Refuse(Ui.Validation_Unreadable);
        var text = posted.Count == 0 ? null : posted[0]?.Trim();
        if (string.IsNullOrEmpty(text)) return AnswerResult.None;
        return text.Length > MaxTextLength ? AnswerResult.Refuse(Ui.Validation_TooLong) : new AnswerResult(new AnswerValue(null, text, null));
    }
}

/// <summary>A value to store: a number, a text or choices; all empty is no answer.</summary>
public sealed record AnswerValue(int? Number, string? Text, IReadOnlyList<string>? Choices)
{
    public bool IsNone => Number is null && Text is null && Choices is null;
}

public sealed record AnswerResult(AnswerValue Value, string? Error = null)
{
    public static readonly AnswerResult None = new(new AnswerValue(null, null, null));

    public static AnswerResult Refuse(string message) => new(None.Value, message);
}

/// <summary>One of the session's people an attendance question offers; <see cref="Ticked"/> is the host's attendance, shown until answered.</summary>
public sealed record FormPerson(Guid Id, string Name, bool Ticked);

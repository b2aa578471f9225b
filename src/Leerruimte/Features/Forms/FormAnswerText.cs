namespace Leerruimte.Features.Forms;

/// <summary>An answer as the inputs hold it and as people read it (on screen, on paper, in a mail).</summary>
public static class FormAnswerText
{
    /// <summary>The stored answer as input values, or null when there is none.</summary>
    public static IReadOnlyList<string?>? Values(FormAnswer? answer) => answer switch
    {
        null => null,
        { Number: { } n } => [n.ToString()],
        { Text: { } t } => [t],
        _ => answer.Choices.Cast<string?>().ToList(),
    };

    /// <summary>The chosen label(s): "3 – grotendeels" for a scale, the option or the people's names.</summary>
    public static string Display(FormDefinition form, FormQuestion question, FormAnswer? answer, IReadOnlyList<FormPerson> people)
    {
        if (answer is null) return "";
        return question.Kind switch
        {
            QuestionKind.Scale => answer.Number is { } n ? $"{n} – {Label(form.ScaleOf(question), n)}" : "",
            QuestionKind.Choice when question.Multiple => string.Join(", ", answer.Choices.Select(c => Label(question.Options, int.TryParse(c, out var i) ? i : 0))),
            QuestionKind.Choice => answer.Number is { } o ? Label(question.Options, o) : "",
            QuestionKind.Attendance => string.Join(", ", Chosen(answer, people).Select(p => p.Name).Order()),
            _ => answer.Text ?? "",
        };
    }

    /// <summary>The people an attendance answer ticked, of those offered.</summary>
    public static IEnumerable<FormPerson> Chosen(FormAnswer answer, IReadOnlyList<FormPerson> people) =>
        people.Where(p => answer.Choices.Any(c => Guid.TryParse(c, out var id) && id == p.Id));

    private static string Label(IReadOnlyList<string> labels, int number) => number >= 1 && number <= labels.Count ? labels[number - 1] : "";
}

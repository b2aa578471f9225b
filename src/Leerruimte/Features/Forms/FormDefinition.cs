namespace Leerruimte.Features.Forms;

/// <summary>
/// A form as a content pack defines it: questions of a few kinds, filled on a phone or laptop and saved as
/// you go. The pack part that holds it (a module's feedback form, later a training's observation forms)
/// gives it its key. Question ids stay the same in a new version of the pack, so answers can be compared.
/// </summary>
public sealed class FormDefinition
{
    /// <summary>The labels of the points of the scale (1 to n) that scale questions use unless they have their own.</summary>
    public List<string> Scale { get; set; } = [];
    public List<FormQuestion> Questions { get; set; } = [];

    public FormQuestion? Find(string? id) => Questions.FirstOrDefault(q => q.Id == id);

    public IReadOnlyList<string> ScaleOf(FormQuestion question) => question.Scale.Count > 0 ? question.Scale : Scale;
}

public enum QuestionKind
{
    /// <summary>A statement rated on a scale with labelled points; the answer is the point's number (1..n).</summary>
    Scale,
    /// <summary>An open question; the answer is text.</summary>
    Text,
    /// <summary>One of the options (radio buttons), or with <see cref="FormQuestion.Multiple"/> any of them (checkboxes).</summary>
    Choice,
    /// <summary>Who was there: the people of the session ticked, pre-filled by the host with the attendance it took.</summary>
    Attendance,
}

public sealed class FormQuestion
{
    public string? Id { get; set; }
    public QuestionKind? Kind { get; set; }
    public string? Text { get; set; }
    public string? Hint { get; set; }
    public bool Required { get; set; }

    /// <summary>For a scale question: its own point labels instead of the form's.</summary>
    public List<string> Scale { get; set; } = [];

    /// <summary>For a choice question: the options, numbered 1..n in this order (keep the order in a new version).</summary>
    public List<string> Options { get; set; } = [];
    public bool Multiple { get; set; }
}

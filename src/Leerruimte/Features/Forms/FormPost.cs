using Microsoft.Extensions.Primitives;

namespace Leerruimte.Features.Forms;

/// <summary>
/// The names <see cref="FormFields"/> gives its inputs, and reading them back from a post. Each question on the
/// page is listed in a hidden <c>questions</c> field, so a post can tell "nothing ticked" from "not on this page".
/// </summary>
public static class FormPost
{
    public const string Questions = "questions";

    public static string Field(FormQuestion question) => $"answer-{question.Id}";

    public static string InputId(FormQuestion question) => $"q-{question.Id}";

    public static string InputId(FormQuestion question, string option) => $"q-{question.Id}-{option}";

    /// <summary>The posted values of the form's questions that this post carries.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string?>> Read(FormDefinition form, IEnumerable<KeyValuePair<string, StringValues>> post)
    {
        var fields = post.ToDictionary(p => p.Key, p => p.Value);
        var listed = fields.TryGetValue(Questions, out var ids) ? ids.ToHashSet() : [];
        var read = new Dictionary<string, IReadOnlyList<string?>>();
        foreach (var question in form.Questions)
        {
            var found = fields.TryGetValue(Field(question), out var values);
            if (found || listed.Contains(question.Id)) read[question.Id!] = found ? values.ToArray() : [];
        }
        return read;
    }
}

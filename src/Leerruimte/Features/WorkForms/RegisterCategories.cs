using Leerruimte.Features.LearningLog;

namespace Leerruimte.Features.WorkForms;

/// <summary>
/// The professional-register categories a work form may name (<c>registerCategory</c>), as the learning log counts
/// them: an hour spent on the method counts as reflection of this kind unless the session says otherwise.
/// </summary>
public static class RegisterCategories
{
    public static IReadOnlyDictionary<string, ActivityKind> ByName => RegisterKinds.BySlug;

    /// <summary>The activity kind of a work form's category, or null when it names none (or one not in the list).</summary>
    public static ActivityKind? KindOf(WorkForm form) =>
        form.RegisterCategory is { } name && ByName.TryGetValue(name, out var kind) ? kind : null;
}

using Microsoft.Extensions.Primitives;

namespace Leerruimte.Infrastructure.Privacy;

/// <summary>A free-text field the privacy guard checks: its form id, the label the writer knows it by, its text.</summary>
public sealed record GuardedField(string Id, string Label, string? Text)
{
    public IReadOnlyList<Finding> Findings { get; init; } = [];
}

/// <summary>A finding the writer confirmed as not identifying, kept with the text it was said of (by its key).</summary>
public interface IGuardConfirmation
{
    string Key { get; }
}

/// <summary>
/// The guard as forms use it: the fields of one form, checked together, less what the writer already confirmed.
/// A form is saved only when nothing unconfirmed is left (<see cref="PrivacyCheck"/> shows what is).
/// </summary>
public static class PrivacyGuard
{
    public const string ConfirmField = "Confirmed";

    /// <summary>The longest confirmation key kept (<see cref="Finding.Key"/>): a finding's text is shorter than this.</summary>
    public const int MaxKey = 120;
    private const int MaxConfirmations = 100;

    public static IReadOnlyList<GuardedField> Check(IEnumerable<GuardedField> fields, IReadOnlySet<string> confirmed) =>
        [.. fields.Select(f => f with { Findings = IdentifyingData.Unconfirmed(f.Text, confirmed) }).Where(f => f.Findings.Count > 0)];

    /// <summary>The findings ticked as "not identifying" in the posted form; bounded in number and length.</summary>
    public static IReadOnlySet<string> Confirmed(StringValues posted) =>
        posted.OfType<string>().Where(k => k.Length <= MaxKey).Take(MaxConfirmations).ToHashSet();

    /// <summary>What is left to rewrite or confirm: the findings, less those recorded earlier and those just ticked.</summary>
    public static IReadOnlyList<GuardedField> Open<T>(IReadOnlyList<GuardedField> fields, IEnumerable<T> recorded, IReadOnlySet<string> confirmed)
        where T : IGuardConfirmation => Check(fields, recorded.Select(k => k.Key).Concat(confirmed).ToHashSet());

    /// <summary>Keeps each finding just confirmed that was not kept before, as <paramref name="make"/> records it (who, when).</summary>
    public static void Record<T>(ICollection<T> recorded, IReadOnlyList<GuardedField> fields, IReadOnlySet<string> confirmed, Func<Finding, T> make)
        where T : IGuardConfirmation
    {
        foreach (var finding in NewlyConfirmed(fields, confirmed).Where(f => recorded.All(k => k.Key != f.Key)).ToList()) recorded.Add(make(finding));
    }

    /// <summary>The findings of these fields that the writer has just confirmed, each once.</summary>
    public static IEnumerable<Finding> NewlyConfirmed(IEnumerable<GuardedField> fields, IReadOnlySet<string> confirmed) =>
        fields.SelectMany(f => IdentifyingData.Find(f.Text)).Where(f => confirmed.Contains(f.Key)).DistinctBy(f => f.Key);

    /// <summary>The box a writer ticks to say this finding is not identifying.</summary>
    public static string Confirmation(Finding finding) => finding.Kind == IdentifyingKind.Unchecked
        ? Resources.Ui.Privacy_ConfirmUnchecked
        : string.Format(Resources.Ui.Privacy_Confirm, finding.Text);

    /// <summary>
    /// Why a text a writer cannot tick (a board note, a team action) was refused: the finding and what it seems to be,
    /// or, for a text the guard could not finish, that alone.
    /// </summary>
    public static string Refusal(Finding finding) => finding.Kind == IdentifyingKind.Unchecked
        ? Resources.Ui.Privacy_Unchecked
        : string.Format(Resources.Ui.Privacy_Finding, finding.Text, Explanation(finding.Kind));

    /// <summary>What a finding seems to be, in a Dutch phrase that follows the finding itself.</summary>
    public static string Explanation(IdentifyingKind kind) => kind switch
    {
        IdentifyingKind.Bsn => Resources.Ui.Privacy_Bsn,
        IdentifyingKind.Iban => Resources.Ui.Privacy_Iban,
        IdentifyingKind.Email => Resources.Ui.Privacy_Email,
        IdentifyingKind.Phone => Resources.Ui.Privacy_Phone,
        IdentifyingKind.PostcodeWithNumber => Resources.Ui.Privacy_Postcode,
        IdentifyingKind.Unchecked => Resources.Ui.Privacy_Unchecked,
        _ => Resources.Ui.Privacy_BirthDate,
    };
}

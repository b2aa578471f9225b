using Microsoft.Extensions.Primitives;

namespace Leerruimte.Infrastructure.Privacy;

/// <summary>A free-text field the privacy guard checks: its form id, the label the writer knows it by, its text.</summary>
public sealed record GuardedField(string Id, string Label, string? Text)
{
    public IReadOnlyList<Finding> Findings { get; init; } = [];
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

    /// <summary>The findings of these fields that the writer has just confirmed, each once.</summary>
    public static IEnumerable<Finding> NewlyConfirmed(IEnumerable<GuardedField> fields, IReadOnlySet<string> confirmed) =>
        fields.SelectMany(f => IdentifyingData.Find(f.Text)).Where(f => confirmed.Contains(f.Key)).DistinctBy(f => f.Key);

    /// <summary>The box a writer ticks to say this finding is not identifying.</summary>
    public static string Confirmation(Finding finding) => finding.Kind == IdentifyingKind.Unchecked
        ? Resources.Ui.Privacy_ConfirmUnchecked
        : string.Format(Resources.Ui.Privacy_Confirm, finding.Text);

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

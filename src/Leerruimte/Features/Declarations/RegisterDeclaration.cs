using Leerruimte.Features.LearningLog;
using Leerruimte.Infrastructure;
using Leerruimte.Resources;

namespace Leerruimte.Features.Declarations;

/// <summary>One activity on the declaration: when, how long, what kind, what it was and how attendance is shown.</summary>
public sealed record DeclarationLine(DateOnly Date, TimeOnly? Start, TimeOnly? End, int Minutes, ActivityKind Kind, string Description, string Confirmation)
{
    public double Hours => DutchNumbers.Hours(Minutes);
}

/// <summary>
/// The declaration of reflection hours over a period, in the form a professional register asks for: every reflection
/// activity in the period in date order, and the hours per register category. Totals add minutes first and round
/// once, so six sessions of 50 minutes make 5,0 hours and not six times 0,8.
/// </summary>
public sealed record RegisterDeclaration(string Name, string? RegisterNumber, DeclarationPeriod Period, IReadOnlyList<DeclarationLine> Lines)
{
    public IReadOnlyList<(ActivityKind Kind, double Hours)> Totals =>
        RegisterKinds.All.Select(k => (k, DutchNumbers.Hours(Lines.Where(l => l.Kind == k).Sum(l => (long)l.Minutes)))).ToList();

    public double TotalHours => DutchNumbers.Hours(Lines.Sum(l => (long)l.Minutes));

    public static RegisterDeclaration Of(string name, string? registerNumber, DeclarationPeriod period, IEnumerable<LearningActivity> activities) =>
        new(name, registerNumber, period, activities.Where(a => a.IsReflection && period.Contains(a.Date))
            .OrderBy(a => a.Date).ThenBy(a => a.StartTime).ThenBy(a => a.CreatedAt)
            .Select(a => new DeclarationLine(a.Date, a.StartTime, a.EndTime, a.Minutes, a.Kind, Description(a), Confirmation(a))).ToList());

    /// <summary>A confirmed session's notes only repeat its times; an own entry's notes say what it was about.</summary>
    private static string Description(LearningActivity a) =>
        a.ConfirmedAt is null && !string.IsNullOrWhiteSpace(a.Notes) ? $"{a.Title}: {a.Notes.Trim()}" : a.Title;

    private static string Confirmation(LearningActivity a) => a switch
    {
        { ConfirmedAt: { } at } => string.Format(Ui.Declaration_ConfirmedInSession, DutchTime.ToLocal(at).ToString("d-M-yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture)),
        { EvidenceFileName: { } file } => string.Format(Ui.Declaration_OwnEntryWithEvidence, file),
        _ => Ui.Declaration_OwnEntry,
    };
}

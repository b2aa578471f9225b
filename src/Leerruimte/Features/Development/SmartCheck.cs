using System.Text.RegularExpressions;
using Leerruimte.Resources;

namespace Leerruimte.Features.Development;

public sealed record SmartHint(char Letter, string Name, bool Met, string Hint);

/// <summary>
/// Checks a development point against SMART (specific, measurable, acceptable, realistic, time-bound) and
/// says what is missing. It advises; it never blocks saving: people decide for themselves.
/// </summary>
public static partial class SmartCheck
{
    private const int SpecificWords = 6;

    public static IReadOnlyList<SmartHint> Of(string? title, string? goal, string? motivation, string? needs, string? firstStep, DateOnly? targetDate)
    {
        var what = $"{title} {goal}";
        return
        [
            new('S', Ui.Smart_Specific, Words(what) >= SpecificWords && !OnlyVague(what), Ui.Smart_SpecificHint),
            new('M', Ui.Smart_Measurable, Measurable().IsMatch(what), Ui.Smart_MeasurableHint),
            new('A', Ui.Smart_Acceptable, Words(motivation) >= 3, Ui.Smart_AcceptableHint),
            new('R', Ui.Smart_Realistic, Words(needs) >= 2 && Words(firstStep) >= 2, Ui.Smart_RealisticHint),
            new('T', Ui.Smart_TimeBound, targetDate is not null || Deadline().IsMatch(what), Ui.Smart_TimeBoundHint),
        ];
    }

    private static int Words(string? text) => string.IsNullOrWhiteSpace(text) ? 0 : text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    // "Beter worden in gesprekken" names no situation: it has only comparative words and no object.
    private static bool OnlyVague(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).All(w => Vague().IsMatch(w) || w.Length <= 3);

    [GeneratedRegex(@"\d|\b(keer|keren|wekelijks|dagelijks|maandelijks|per\s+(dag|week|maand)|elke|iedere|aantal|procent|minstens|ten\s+minste)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Measurable();

    [GeneratedRegex(@"\b(voor|uiterlijk|binnen|na|eind|begin)\s+(\d|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|de\s+zomer|\w+week)", RegexOptions.IgnoreCase)]
    private static partial Regex Deadline();

    [GeneratedRegex(@"^(beter|meer|goed|vaker|minder|leren|worden|willen)$", RegexOptions.IgnoreCase)]
    private static partial Regex Vague();
}

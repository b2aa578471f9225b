using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Leerruimte.Resources;

namespace Leerruimte.Features.Development;

public sealed record SmartHint(char Letter, string Name, bool Met, string Hint);

/// <summary>
/// Checks a development point against SMART (specific, measurable, acceptable, realistic, time-bound) and
/// says what is missing. It advises; it never blocks saving: people decide for themselves.
/// The rules are data (<see cref="Rules"/>): the server applies them here, and the point page sends the same
/// table to js/smart-check.js, which applies it while the person types. Patterns are written so that .NET and
/// JavaScript (flags "iu") read them alike: no \b or \w (ASCII-only in JavaScript), letters as \p{L}.
/// </summary>
public static class SmartCheck
{
    /// <summary>The form fields a rule reads, by the id of their input on the point page.</summary>
    public static class Fields
    {
        public const string Title = "title", Goal = "goal", Motivation = "motivation", Needs = "needs", FirstStep = "first-step", TargetDate = "target-date";
        public static readonly string[] What = [Title, Goal];
    }

    /// <summary>One test on the joined text of some fields: at least so many words, and (not) matching a pattern.</summary>
    public sealed record Test(string[] Fields, int MinWords = 0, string? Matches = null, string? NotMatches = null);

    /// <summary>A letter is met when every test of at least one of its ways holds.</summary>
    public sealed record Rule(char Letter, Test[][] Ways);

    private const string Start = @"(?<![\p{L}\p{N}])";
    private const string End = @"(?![\p{L}\p{N}])";
    private static string AnyOf(params string[] words) => $"{Start}(?:{string.Join('|', words)}){End}";

    private const string Months = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december";

    // Wanting to get better at something says where you want to go, not what you will do.
    private static readonly string Vague = AnyOf(@"beter\s+(?:worden|word|wordt|zijn|in|leren)", @"verbeter\p{L}*", @"wil\s+(?:graag\s+)?(?:beter|meer|leren|goed)",
        @"(?:goed|sterker|vaardiger|handiger)\s+(?:worden|word|in)", @"meer\s+ervaring", "ontwikkelen", "vaardigheden");

    // What makes it concrete anyway: the moment or kind of meeting where it happens.
    private static readonly string Situation = AnyOf(@"(?:in|bij|tijdens|na)\s+(?:elk|elke|ieder|iedere|alle|mijn\s+volgende|de\s+volgende|het\s+volgende)",
        @"\p{L}*(?:huisbezoek|keukentafelgesprek|intake|teamoverleg|casusoverleg|intervisie|spreekuur)\p{L}*");

    // A frequency, or a count of something: "3 gesprekken", "twee collega's". A year ("in 2027"), a date ("1 maart")
    // or a span ("binnen 3 weken", which is a deadline) counts nothing.
    private static readonly string Measure = string.Join('|',
        AnyOf("keer", "keren", "wekelijks", "dagelijks", "maandelijks", @"per\s+(?:dag|week|maand|gesprek|cliënt|client)", "elk", "elke", "ieder", "iedere",
            "aantal", "procent", "minstens", @"ten\s+minste", "alle"),
        @"[0-9]%",
        $@"{Start}(?:[0-9]{{1,3}}|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|twintig)\s+(?!(?:{Months}|dag|dagen|week|weken|maand|maanden|jaar|jaren|uur|minuten){End})\p{{L}}");

    private static readonly string Deadline =
        $@"{Start}(?:voor|uiterlijk|binnen|na|eind|begin)\s+(?:[0-9]|{Months}|de\s+zomer{End}|\p{{L}}*week{End})";

    public static readonly IReadOnlyList<Rule> Rules =
    [
        new('S', [[new(Fields.What, MinWords: 6, NotMatches: Vague)], [new(Fields.What, MinWords: 6, Matches: Situation)]]),
        new('M', [[new(Fields.What, Matches: Measure)]]),
        new('A', [[new([Fields.Motivation], MinWords: 3)]]),
        new('R', [[new([Fields.Needs], MinWords: 2), new([Fields.FirstStep], MinWords: 2)]]),
        new('T', [[new([Fields.TargetDate], MinWords: 1)], [new(Fields.What, Matches: Deadline)]]),
    ];

    /// <summary>The rules as the page sends them to js/smart-check.js.</summary>
    public static readonly string RulesJson = JsonSerializer.Serialize(Rules,
        new JsonSerializerOptions(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull });

    public static IReadOnlyList<SmartHint> Of(string? title, string? goal, string? motivation, string? needs, string? firstStep, DateOnly? targetDate) =>
        Of(new Dictionary<string, string?>
        {
            [Fields.Title] = title, [Fields.Goal] = goal, [Fields.Motivation] = motivation, [Fields.Needs] = needs,
            [Fields.FirstStep] = firstStep, [Fields.TargetDate] = targetDate?.ToString("yyyy-MM-dd"),
        });

    public static IReadOnlyList<SmartHint> Of(IReadOnlyDictionary<string, string?> values) =>
        [.. Rules.Select(r => Hint(r.Letter, r.Ways.Any(way => way.All(t => Holds(t, values)))))];

    public static SmartHint Hint(char letter, bool met) => letter switch
    {
        'S' => new(letter, Ui.Smart_Specific, met, Ui.Smart_SpecificHint),
        'M' => new(letter, Ui.Smart_Measurable, met, Ui.Smart_MeasurableHint),
        'A' => new(letter, Ui.Smart_Acceptable, met, Ui.Smart_AcceptableHint),
        'R' => new(letter, Ui.Smart_Realistic, met, Ui.Smart_RealisticHint),
        _ => new(letter, Ui.Smart_TimeBound, met, Ui.Smart_TimeBoundHint),
    };

    private static bool Holds(Test test, IReadOnlyDictionary<string, string?> values)
    {
        var text = string.Join(' ', test.Fields.Select(f => values.GetValueOrDefault(f)));
        return Words(text) >= test.MinWords
            && (test.Matches is null || Matches(text, test.Matches))
            && (test.NotMatches is null || !Matches(text, test.NotMatches));
    }

    private static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    // The static IsMatch keeps the few patterns compiled in Regex's own cache.
    private static bool Matches(string text, string pattern) =>
        Regex.IsMatch(text, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}

using System.Numerics;
using System.Text.RegularExpressions;

namespace Leerruimte.Infrastructure.Privacy;

/// <summary>What in a text may identify a client: the kinds the privacy guard looks for.</summary>
/// <remarks><see cref="Unchecked"/>: the guard could not finish the text, so the writer checks it instead.</remarks>
public enum IdentifyingKind { Bsn, Iban, Email, Phone, PostcodeWithNumber, BirthDate, Unchecked }

/// <summary>A stretch of text that may identify someone: where it is, what it is.</summary>
public sealed record Finding(IdentifyingKind Kind, int Start, int Length, string Text)
{
    public int End => Start + Length;

    /// <summary>What a writer confirms when they say this is not identifying: the kind and the text without spacing.</summary>
    public string Key => $"{Kind}:{IdentifyingData.Compact(Text)}";
}

/// <summary>
/// The privacy guard for free text where client information may land (cases, consultations, conversation reports):
/// finds BSNs (with the 11-test), IBANs (with their check digits), e-mail addresses, Dutch phone numbers, a postcode
/// with a house number, and a full date that is a date of birth (next to "geboren", "geb.", "geboortedatum", or an
/// age). It warns; the writer rewrites or confirms. Inputs are bounded by the fields that use it; every pattern runs
/// with a timeout, so no text can make it run long.
/// </summary>
public static partial class IdentifyingData
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
    // A guard against a pattern that backtracks without end, not a speed limit: a text of a field's full length takes
    // milliseconds, and 200 ms was reached on a loaded test machine (2 cores, three suites), which made it a 500.
    private const int TimeoutMs = 2000;

    public static IReadOnlyList<Finding> Find(string? text) => string.IsNullOrWhiteSpace(text) ? [] : FailSafe(() => Scan(text));

    /// <summary>The finding for a text the guard could not finish: it covers nothing, and the writer must confirm it.</summary>
    public static readonly Finding Unfinished = new(IdentifyingKind.Unchecked, 0, 0, "");

    /// <summary>
    /// A scan that ran into a pattern's timeout fails safe: the text is not saved as checked, the writer is asked to read
    /// it through and confirm, instead of the form ending in an error and losing what was typed.
    /// </summary>
    public static IReadOnlyList<Finding> FailSafe(Func<IReadOnlyList<Finding>> scan)
    {
        try { return scan(); }
        catch (RegexMatchTimeoutException) { return [Unfinished]; }
    }

    private static IReadOnlyList<Finding> Scan(string text)
    {
        var found = new List<Finding>();
        // In this order: a match that overlaps one found earlier is dropped (an IBAN's digits are no BSN).
        Add(found, IdentifyingKind.Iban, Iban(), text, m => IsIban(m.Value));
        Add(found, IdentifyingKind.Email, Email(), text, _ => true);
        Add(found, IdentifyingKind.Phone, Phone(), text, m => IsPhone(m));
        Add(found, IdentifyingKind.Bsn, Bsn(), text, m => IsBsn(Digits(m.Value)));
        Add(found, IdentifyingKind.PostcodeWithNumber, Postcode(), text, m => m.Groups["before"].Success || m.Groups["after"].Success);
        Add(found, IdentifyingKind.BirthDate, FullDate(), text, m => IsBirthDate(text, m));
        return [.. found.OrderBy(f => f.Start)];
    }

    /// <summary>The findings a writer has not yet confirmed as not identifying.</summary>
    public static IReadOnlyList<Finding> Unconfirmed(string? text, IReadOnlySet<string> confirmed) =>
        [.. Find(text).Where(f => !confirmed.Contains(f.Key))];

    private static void Add(List<Finding> found, IdentifyingKind kind, Regex pattern, string text, Func<Match, bool> accept)
    {
        foreach (Match m in pattern.Matches(text))
            if (accept(m) && !found.Any(f => m.Index < f.End && f.Start < m.Index + m.Length))
                found.Add(new Finding(kind, m.Index, m.Length, m.Value));
    }

    public static string Compact(string text) => new([.. text.Where(c => !char.IsWhiteSpace(c))]);

    private static string Digits(string text) => new([.. text.Where(char.IsAsciiDigit)]);

    /// <summary>The 11-test: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11 (and not all zeros).</summary>
    public static bool IsBsn(string digits)
    {
        if (digits.Length != 9 || digits.All(c => c == '0')) return false;
        var sum = 0;
        for (var i = 0; i < 8; i++) sum += (9 - i) * (digits[i] - '0');
        return (sum - (digits[8] - '0')) % 11 == 0;
    }

    /// <summary>ISO 13616: move the first four characters to the end, letters to numbers, and the remainder by 97 is 1.</summary>
    public static bool IsIban(string text)
    {
        var iban = Compact(text).ToUpperInvariant();
        if (iban.Length is < 15 or > 34) return false;
        var digits = string.Concat((iban[4..] + iban[..4]).Select(c => char.IsAsciiDigit(c) ? c.ToString() : (c - 'A' + 10).ToString()));
        return BigInteger.Parse(digits) % 97 == 1;
    }

    /// <summary>A Dutch number has nine digits after its 0 or +31 (the trunk "(0)" after +31 not counted).</summary>
    private static bool IsPhone(Match m) => Digits(m.Groups["number"].Value).Length == 9;

    private static bool IsBirthDate(string text, Match date)
    {
        var before = text[Math.Max(0, date.Index - 40)..date.Index];
        var after = text[(date.Index + date.Length)..Math.Min(text.Length, date.Index + date.Length + 25)];
        return BirthWord().IsMatch(before) || Age().IsMatch(before.Length > 20 ? before[^20..] : before) || Age().IsMatch(after);
    }

    // Written in groups of four or without spaces; the check digits decide (IsIban).
    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,3})?(?![A-Za-z0-9])", Options, TimeoutMs)]
    private static partial Regex Iban();

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63})+", Options, TimeoutMs)]
    private static partial Regex Email();

    // 0 or +31 / 0031 (with an optional "(0)"), then an area code of one to three digits in optional brackets, a
    // space or hyphen, and the subscriber's digits with single spaces or dots; IsPhone counts the digits.
    [GeneratedRegex(@"(?<![\d+])(?:(?:\+|00) ?31 ?(?:\(0\) ?)?|\(?0)(?<number>\d{1,3}\)?[ \-]?\d(?:[ .]?\d){4,8})(?!\d)", Options, TimeoutMs)]
    private static partial Regex Phone();

    [GeneratedRegex(@"(?<!\d)\d(?:[ .]?\d){8}(?!\d)", Options, TimeoutMs)]
    private static partial Regex Bsn();

    // Postcodes never use SA, SD or SS; a postcode alone names an area, with a house number it names a home.
    [GeneratedRegex(@"(?<before>(?<![\d])\d{1,5} ?[a-zA-Z]?(?:-\d{1,4})?, ?)?(?<![\d])[1-9]\d{3}(?: ?(?!SA|SD|SS)[A-Z]{2}|(?!sa|sd|ss)[a-z]{2})(?![A-Za-z])(?<after>,? ?(?:nr\.? ?)?\d{1,5}[a-z]?(?![\d]))?", Options, TimeoutMs)]
    private static partial Regex Postcode();

    [GeneratedRegex(@"(?<!\d)(?:(?:0?[1-9]|[12]\d|3[01])[\-/.](?:0?[1-9]|1[0-2])[\-/.](?:19|20)\d{2}|(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])|(?:0?[1-9]|[12]\d|3[01]) (?:jan(?:uari)?|feb(?:ruari)?|m(?:aa)?rt|apr(?:il)?|mei|jun(?:i)?|jul(?:i)?|aug(?:ustus)?|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.? (?:19|20)\d{2})(?!\d)", Options | RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex FullDate();

    [GeneratedRegex(@"\b(?:geboren|geb\.?|geboortedatum|geboortedag|geboortejaar|d\.?o\.?b\.?)(?=\W|$)", Options | RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex BirthWord();

    [GeneratedRegex(@"\b\d{1,3} ?(?:jaar|jr\.?)(?: oud)?\b|\b\d{1,3}-jarige?\b|\(\d{1,3}\)", Options | RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex Age();
}

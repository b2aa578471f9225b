using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Leerruimte.Infrastructure;

/// <summary>
/// Text as we keep it: no control characters but tab and line breaks (PostgreSQL refuses a NUL in text), none of the
/// characters that turn the reading direction around (U+202A-U+202E, U+2066-U+2069: a note could show other words
/// than were typed), and no half of a surrogate pair (not valid text on its way to the database).
/// </summary>
public static class FreeText
{
    public static bool IsUnwanted(char c) =>
        c is < ' ' and not ('\t' or '\n' or '\r')
        || c is >= '\u007F' and <= '\u009F'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';

    /// <summary>The text without unwanted characters; the same instance when there were none.</summary>
    [return: NotNullIfNotNull(nameof(text))]
    public static string? Clean(string? text)
    {
        if (text is null || !NeedsCleaning(text)) return text;
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { clean.Append(c).Append(text[++i]); continue; }
            if (!IsUnwanted(c) && !char.IsSurrogate(c)) clean.Append(c);
        }
        return clean.ToString();
    }

    private static bool NeedsCleaning(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsUnwanted(c)) return true;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (char.IsSurrogate(c)) return true;
        }
        return false;
    }
}

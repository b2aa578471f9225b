using System.Globalization;

namespace Leerruimte.Features.PersonalData;

/// <summary>
/// File names for the evidence folder of the export. Stored names come from uploads (and older versions
/// cleaned them less), so nothing in them may make a folder, climb out of one, or trip an unzip tool.
/// </summary>
public sealed class ZipNames
{
    public const int MaxLength = 100;

    private static readonly HashSet<char> Forbidden = ['<', '>', ':', '"', '/', '\\', '|', '?', '*'];
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
        { "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9" };

    private readonly HashSet<string> taken = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A safe name, unique in this folder (ignoring case): "certificaat.pdf", then "certificaat (2).pdf".</summary>
    public string Take(string? stored, string fallback = "bewijs")
    {
        var name = Clean(stored);
        var extension = Path.GetExtension(name) is { Length: <= 10 } e ? e : "";
        var stem = name[..^extension.Length].TrimEnd(' ', '.');
        if (stem.Length == 0 || Reserved.Contains(stem)) stem = stem.Length == 0 ? fallback : "_" + stem;
        if (stem.Length + extension.Length > MaxLength) stem = stem[..Math.Max(1, MaxLength - extension.Length)];
        var candidate = stem + extension;
        for (var n = 2; !taken.Add(candidate); n++) candidate = $"{stem} ({n}){extension}";
        return candidate;
    }

    private static string Clean(string? name)
    {
        // Only the last part counts: "../../x.pdf" and "map\x.pdf" become "x.pdf".
        var last = (name ?? "").Replace('\\', '/').Split('/')[^1];
        var kept = last.Where(c => !Forbidden.Contains(c) && char.GetUnicodeCategory(c) is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate));
        return string.Concat(kept).Trim().TrimStart('.');
    }
}

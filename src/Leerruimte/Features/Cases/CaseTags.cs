namespace Leerruimte.Features.Cases;

/// <summary>The tags of a case: typed as a comma-separated list, kept lower case between semicolons.</summary>
public static class CaseTags
{
    public const int MaxCount = 10;
    public const int MaxLength = 40;
    public const int MaxStored = MaxCount * (MaxLength + 1) + 1;

    /// <summary>The tags in what was typed, or an error when there are too many or one is too long.</summary>
    public static (IReadOnlyList<string> Tags, string? Error) Parse(string? typed)
    {
        var tags = (typed ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Normalise).Where(t => t.Length > 0).Distinct().ToList();
        if (tags.Count > MaxCount) return (tags, string.Format(Resources.Ui.Case_TooManyTags, MaxCount));
        if (tags.FirstOrDefault(t => t.Length > MaxLength) is { } longTag) return (tags, string.Format(Resources.Ui.Case_TagTooLong, longTag[..MaxLength], MaxLength));
        return (tags, null);
    }

    public static string Normalise(string tag) => string.Join(' ', tag.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Replace(";", "");

    public static string Store(IEnumerable<string> tags) => tags.Any() ? ";" + string.Join(';', tags) + ";" : "";

    public static IReadOnlyList<string> Read(string stored) => stored.Split(';', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>What a stored value must contain to hold this tag.</summary>
    public static string Pattern(string tag) => ";" + Normalise(tag) + ";";
}

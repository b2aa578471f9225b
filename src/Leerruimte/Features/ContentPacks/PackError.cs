namespace Leerruimte.Features.ContentPacks;

/// <summary>One reason a pack file was refused, pointing at the file, line and field.</summary>
public sealed record PackError(string File, int Line, string Field, string Message)
{
    public override string ToString() =>
        Field.Length == 0 ? $"{File}, regel {Line}: {Message}" : $"{File}, regel {Line}, veld '{Field}': {Message}";
}

/// <summary>Collects validation problems by field path (e.g. <c>assignments[1].steps[0].title</c>).</summary>
public sealed class PackErrors
{
    private readonly List<(string Path, string Message)> items = [];

    public IReadOnlyList<(string Path, string Message)> Items => items;
    public bool Any => items.Count > 0;

    public void Add(string path, string message) => items.Add((path, message));

    public void Required(string path, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) Add(path, "is verplicht en mag niet leeg zijn");
    }

    public void Required<T>(string path, T? value) where T : class
    {
        if (value is null) Add(path, "is verplicht");
    }

    public void AtLeast<T>(string path, IReadOnlyCollection<T> list, int count)
    {
        if (list.Count < count) Add(path, count == 1 ? "moet minstens één onderdeel hebben" : $"moet minstens {count} onderdelen hebben");
    }

    public void AtMost<T>(string path, IReadOnlyCollection<T> list, int count)
    {
        if (list.Count > count) Add(path, $"heeft {list.Count} onderdelen; er mogen er hoogstens {count} zijn");
    }

    public void MaxLength(string path, string? value, int max)
    {
        if (value is not null && value.Length > max) Add(path, $"is {value.Length} tekens lang; dat mag hoogstens {max} zijn");
    }

    public void Positive(string path, int value)
    {
        if (value < 1) Add(path, "moet een heel getal van 1 of meer zijn");
    }

    public void NoBlankItems(string path, IReadOnlyList<string> list)
    {
        for (var i = 0; i < list.Count; i++) Required($"{path}[{i}]", list[i]);
    }

    public void Slug(string path, string? value)
    {
        Required(path, value);
        if (!string.IsNullOrWhiteSpace(value) && !PackSlug.IsValid(value))
            Add(path, $"'{value}' is geen geldige id: gebruik kleine letters, cijfers en streepjes (bijv. eigen-kracht)");
    }

    public void Links(string path, IReadOnlyList<Link> links)
    {
        for (var i = 0; i < links.Count; i++)
        {
            Required($"{path}[{i}].title", links[i].Title);
            Url($"{path}[{i}].url", links[i].Url);
        }
    }

    public void Url(string path, string? value)
    {
        Required(path, value);
        if (!string.IsNullOrWhiteSpace(value) && !IsWebAddress(value))
            Add(path, $"'{value}' is geen geldig webadres (http of https)");
    }

    public void UniqueIds(string path, IEnumerable<string?> ids)
    {
        var index = 0;
        var seen = new HashSet<string>();
        foreach (var id in ids)
        {
            if (id is not null && !seen.Add(id)) Add($"{path}[{index}].id", $"id '{id}' komt meer dan eens voor");
            index++;
        }
    }

    public static bool IsWebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}

public static class PackSlug
{
    public static bool IsValid(string value) =>
        value.Length is > 0 and <= 80
        && value.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-')
        && value[0] != '-' && value[^1] != '-' && !value.Contains("--");
}

using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Leerruimte.Features.ContentPacks;

public sealed record PackParseResult(PackHeader? Pack, IReadOnlyList<PackError> Errors)
{
    public bool IsValid => Pack is not null && Errors.Count == 0;
}

/// <summary>
/// Reads one pack file and validates it. A pack with any error is refused whole: the result then
/// carries no pack, only the errors, each naming file, line and field. Which kinds exist, what class each is
/// read into and what rules it has beyond the header, the features say (<see cref="PackKinds"/>).
/// </summary>
public sealed partial class PackParser(PackKinds kinds)
{
    /// <summary>The largest pack file read; the shipped ones are about 30 kB.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .WithEnumNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    public PackParseResult Parse(string file, string yaml) => Parse(file, yaml, new YamlBudget());

    /// <summary>Parses with this budget, so the caller can see how much was read.</summary>
    public PackParseResult Parse(string file, string yaml, YamlBudget budget)
    {
        if (yaml.Length > MaxFileBytes) return Fail(file, 1, "", "het bestand is groter dan 1 MB");

        YamlLineIndex index;
        string? kind;
        try
        {
            var stream = new YamlStream();
            stream.Load(new BudgetedParser(yaml, budget));
            if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
                return Fail(file, 1, "", "een pakket is precies één YAML-document met velden op het hoogste niveau");
            index = new YamlLineIndex(root);
            kind = root.Children.TryGetValue(new YamlScalarNode("kind"), out var k) ? k.ToString() : null;
        }
        catch (YamlRefusedException e)
        {
            return Fail(file, (int)e.Start.Line, "", e.Message);
        }
        catch (YamlException e)
        {
            return Fail(file, (int)e.Start.Line, "", $"geen geldige YAML: {Describe(e)}");
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up on some malformed input without a position; find it ourselves.
            return Fail(file, LastReadableLine(yaml), "", "geen geldige YAML: de structuur klopt hier niet (haakje of aanhalingsteken niet gesloten?)");
        }

        if (kinds.Find(kind) is not { } packKind)
            return Fail(file, index.LineOf("kind"), "kind", string.IsNullOrWhiteSpace(kind)
                ? $"is verplicht: zeg wat voor pakket dit is; kies uit: {string.Join(", ", kinds.Names)}"
                : $"onbekend soort pakket '{kind}'; kies uit: {string.Join(", ", kinds.Names)}");

        PackHeader pack;
        try
        {
            // A fresh budget: the first read passed, and this one reads the same file again.
            pack = (PackHeader)(Deserializer.Deserialize(new BudgetedParser(yaml, new YamlBudget()), packKind.PackType) ?? throw new YamlException("leeg document"));
        }
        catch (YamlException e)
        {
            var line = (int)e.Start.Line;
            var (field, message) = Translate(e, index, line);
            return Fail(file, line, field, message);
        }

        var errors = new PackErrors();
        PackValidator.ValidateHeader(pack, errors);
        packKind.Validate(pack, errors);
        if (!errors.Any) return new PackParseResult(pack, []);
        return new PackParseResult(null, errors.Items.Select(e => new PackError(file, index.LineOf(e.Path), e.Path, e.Message)).ToList());
    }

    private static int LastReadableLine(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var line = 1;
        try
        {
            while (parser.MoveNext()) line = (int)parser.Current!.End.Line;
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException) { }
        return line;
    }

    private static PackParseResult Fail(string file, int line, string field, string message) =>
        new(null, [new PackError(file, Math.Max(line, 1), field, message)]);

    private static (string Field, string Message) Translate(YamlException e, YamlLineIndex index, int line)
    {
        var text = Describe(e);
        var field = index.PathAtLine(line) ?? "";
        if (UnknownProperty().Match(text) is { Success: true } m)
            return (field, $"onbekend veld '{m.Groups[1].Value}'; zie docs/content-packs.md voor de velden die hier mogen");
        return (field, $"de waarde past niet bij dit veld ({text})");
    }

    private static string Describe(YamlException e)
    {
        var inner = e;
        while (inner.InnerException is YamlException deeper) inner = deeper;
        var message = inner.InnerException?.Message ?? inner.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 ? message[(cut + 3)..] : message;
    }

    [GeneratedRegex("Property '([^']+)' not found on type")]
    private static partial Regex UnknownProperty();
}

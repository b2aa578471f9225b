using YamlDotNet.RepresentationModel;

namespace Leerruimte.Features.ContentPacks;

/// <summary>Maps field paths such as <c>agenda[2].minutes</c> to the line they stand on in the YAML file.</summary>
public sealed class YamlLineIndex
{
    private readonly Dictionary<string, int> lines = new(StringComparer.Ordinal);

    public YamlLineIndex(YamlNode root) => Walk(root, "");

    public int LineOf(string path)
    {
        var current = path;
        while (true)
        {
            if (lines.TryGetValue(current, out var line)) return line;
            if (current.Length == 0) return 1;
            current = Parent(current);
        }
    }

    public string? PathAtLine(int line) =>
        lines.Where(p => p.Value == line).Select(p => p.Key).OrderByDescending(p => p.Length).FirstOrDefault();

    private void Walk(YamlNode node, string path)
    {
        lines.TryAdd(path, (int)node.Start.Line);
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    var childPath = path.Length == 0 ? key.ToString() : $"{path}.{key}";
                    lines[childPath] = (int)key.Start.Line;
                    Walk(value, childPath);
                }
                break;
            case YamlSequenceNode sequence:
                for (var i = 0; i < sequence.Children.Count; i++)
                    Walk(sequence.Children[i], $"{path}[{i}]");
                break;
        }
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? "" : path[..cut];
    }
}

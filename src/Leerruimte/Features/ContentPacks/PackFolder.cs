namespace Leerruimte.Features.ContentPacks;

/// <summary>Reads every pack file (*.yaml, *.yml) under a folder.</summary>
public static class PackFolder
{
    public sealed record PackFile(string RelativePath, PackParseResult Result, string Source);

    public static IReadOnlyList<PackFile> Read(PackParser parser, string folder)
    {
        if (!Directory.Exists(folder)) return [];
        return Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(f =>
            {
                var relative = Path.GetRelativePath(folder, f).Replace('\\', '/');
                var source = File.ReadAllText(f);
                return new PackFile(relative, parser.Parse(relative, source), source);
            })
            .ToList();
    }

    /// <summary>
    /// Command line: <c>dotnet run --project src/Leerruimte -- validate-packs [folder]</c>, a relative folder taken
    /// from where the command is typed. Exit code 1 when any pack is refused or none is found: a check that finds
    /// nothing must not pass.
    /// </summary>
    public static int ValidateCommand(PackParser parser, string folder, TextWriter output)
    {
        var fullPath = Path.GetFullPath(folder);
        var files = Read(parser, fullPath);
        if (files.Count == 0)
        {
            output.WriteLine($"FOUT geen pakketten gevonden in {fullPath} (geen .yaml- of .yml-bestanden).");
            return 1;
        }
        foreach (var file in files)
        {
            if (file.Result.IsValid) output.WriteLine($"ok   {file.RelativePath} ({file.Result.Pack!.Id} v{file.Result.Pack.Version})");
            else foreach (var error in file.Result.Errors) output.WriteLine($"FOUT {error}");
        }
        output.WriteLine($"{files.Count(f => f.Result.IsValid)} van {files.Count} pakketten in orde.");
        return files.All(f => f.Result.IsValid) ? 0 : 1;
    }
}

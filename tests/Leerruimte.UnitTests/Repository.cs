namespace Leerruimte.UnitTests;

/// <summary>The repository the tests were built from, for tests that read its source and docs.</summary>
public static class Repository
{
    public static readonly string Root = Find();

    private static string Find()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Leerruimte.slnx"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("Leerruimte.slnx not found above " + AppContext.BaseDirectory);
    }
}

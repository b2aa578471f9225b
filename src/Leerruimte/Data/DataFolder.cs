namespace Leerruimte.Data;

/// <summary>The app's data folder (SQLite file, mail pickup, uploads), resolved against the content root.</summary>
public sealed record DataFolder(string Path);

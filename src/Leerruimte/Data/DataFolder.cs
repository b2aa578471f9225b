namespace Leerruimte.Data;

/// <summary>The app's data folder (SQLite file, mail pickup, uploads), a relative path taken from the app's own folder.</summary>
public sealed record DataFolder(string Path);

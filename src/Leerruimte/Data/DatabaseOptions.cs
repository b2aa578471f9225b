using System.ComponentModel.DataAnnotations;

namespace Leerruimte.Data;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>Which database to use: configuration alone switches provider (section "Database").</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Empty for SQLite means a file <c>leerruimte.db</c> in the data folder.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>A relative path is taken from the app's own folder (where Leerruimte.dll is), not the working directory.</summary>
    [Required] public string DataFolder { get; set; } = "data";
}

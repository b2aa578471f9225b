namespace Leerruimte.Bench;

/// <summary>
/// The live-board load test, in two steps that bench/live-board.sh runs around the app:
///   seed  migrates a fresh database and creates one organisation with the meetings, people and a plan file;
///   run   signs everyone in against the running app, connects a hub client per participant, adds notes at
///         the given rate, reports send-to-arrival latency and checks the database (exit 1 when a check fails).
/// </summary>
public static class LoadTestMain
{
    private const string Usage = """
        usage:
          LoadTest seed --data <folder> --app <published app folder> --plan <file> [--postgres <connection string>]
                        [--meetings 100] [--participants 12] [--consultations 0]
          LoadTest run  --url <base url> --data <folder> --plan <file> [--postgres <connection string>]
                        [--duration 60] [--warmup 10] [--interval-min 3] [--interval-max 5]
                        [--sign-in-parallel <n>] [--connect-parallel 16] [--seed 1] [--cookies <file>]
          (--consultations n: n teams also hold a consultation; run then measures their meetings, then their consultations)
          (--cookies keeps the sign-in cookies in a file and reuses them on the next run against the same database)
          LoadTest pg-create --postgres <server connection string>   prints the connection string of a new, empty database
          LoadTest pg-drop   --postgres <connection string>          drops a database made by pg-create
        """;

    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0) { Console.Error.WriteLine(Usage); return 2; }
        var options = Options.Parse(args.Skip(1));
        try
        {
            return args[0] switch
            {
                "seed" => await Seeding.RunAsync(options),
                "run" => await LiveBoardLoad.RunAsync(options),
                "pg-create" => await FreshPostgres.CreateAsync(options),
                "pg-drop" => await FreshPostgres.DropAsync(options),
                _ => Fail(),
            };
        }
        catch (OptionException ex)
        {
            Console.Error.WriteLine(ex.Message);
            Console.Error.WriteLine(Usage);
            return 2;
        }
    }

    private static int Fail()
    {
        Console.Error.WriteLine(Usage);
        return 2;
    }
}

public sealed class OptionException(string message) : Exception(message);

/// <summary>"--name value" pairs.</summary>
public sealed class Options(Dictionary<string, string> values)
{
    public static Options Parse(IEnumerable<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? key = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal)) { key = arg[2..]; values[key] = "true"; }
            else if (key is not null) { values[key] = arg; key = null; }
            else throw new OptionException($"Unexpected argument '{arg}'.");
        }
        return new Options(values);
    }

    public string Required(string name) =>
        values.TryGetValue(name, out var v) && v.Length > 0 ? v : throw new OptionException($"--{name} is required.");

    public string? Optional(string name) => values.TryGetValue(name, out var v) && v.Length > 0 ? v : null;

    public double Number(string name, double fallback) =>
        values.TryGetValue(name, out var v)
            ? double.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : throw new OptionException($"--{name} must be a number.")
            : fallback;

    public int Integer(string name, int fallback) => (int)Number(name, fallback);

    /// <summary>The database settings the app gets too: SQLite in the data folder unless a PostgreSQL connection string is given.</summary>
    public DatabaseChoice Database()
    {
        var data = Path.GetFullPath(Required("data"));
        return Optional("postgres") is { } pg ? new DatabaseChoice("Postgres", pg, data) : new DatabaseChoice("Sqlite", null, data);
    }
}

public sealed record DatabaseChoice(string Provider, string? ConnectionString, string DataFolder)
{
    public string SqliteConnectionString => ConnectionString ?? $"Data Source={Path.Combine(DataFolder, "leerruimte.db")}";
}

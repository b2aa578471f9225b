using System.Diagnostics;

namespace Leerruimte.Bench.Generator;

/// <summary>
/// Rows per table and one status line: rewritten in place at most twice a second on a terminal (standard error, so the
/// report on standard output can go to a file), a line every ten seconds when standard error is not a terminal.
/// </summary>
public sealed class Progress(TextWriter? output)
{
    private readonly Dictionary<string, long> rows = [];
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private string phase = "";
    private string table = "";
    private long total;
    private TimeSpan shown;

    public IReadOnlyDictionary<string, long> Rows => rows;
    public long Total => total;
    public TimeSpan Elapsed => clock.Elapsed;

    public void Phase(string name)
    {
        phase = name;
        Show(force: true);
    }

    public void Row(string tableName)
    {
        rows[tableName] = rows.GetValueOrDefault(tableName) + 1;
        table = tableName;
        if ((++total & 1023) == 0) Show(force: false);
    }

    private void Show(bool force)
    {
        if (output is null) return;
        var now = clock.Elapsed;
        if (!force && now - shown < TimeSpan.FromSeconds(Console.IsErrorRedirected ? 10 : 0.5)) return;
        shown = now;
        var line = $"{now:mm\\:ss} {phase} | {table} {rows.GetValueOrDefault(table):N0} | {total:N0} rows, {total / Math.Max(0.001, now.TotalSeconds):N0} rows/s";
        if (Console.IsErrorRedirected) output.WriteLine(line);
        else output.Write($"\r{line,-110}");
    }

    public void Done()
    {
        Show(force: true);
        output?.WriteLine();
    }
}

namespace Leerruimte.Bench.Generator;

/// <summary>Where generated rows go: one table per entity type, rows streamed in any order of tables, stored when completed.</summary>
public interface IRowSink : IAsyncDisposable
{
    ValueTask AddAsync<T>(T entity) where T : class;

    /// <summary>Ends every table's load and commits; nothing is stored before this on PostgreSQL (one COPY per table).</summary>
    Task CompleteAsync();
}

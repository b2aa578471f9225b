using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace Leerruimte.Bench.Generator;

/// <summary>
/// The COPYs ran without foreign-key checks, so afterwards every foreign key of the loaded tables (from the model) is
/// checked with one anti-join: a generated row that points at nothing fails the load instead of the app later.
/// </summary>
public static class KeyCheck
{
    public static async Task RunAsync(NpgsqlConnection connection, IModel model, IEnumerable<Type> loaded)
    {
        foreach (var key in loaded.Select(t => model.FindEntityType(t)!).SelectMany(e => e.GetForeignKeys()).Where(k => !k.IsOwnership))
        {
            var child = key.DeclaringEntityType.GetTableName();
            var parent = key.PrincipalEntityType.GetTableName();
            var set = string.Join(" AND ", key.Properties.Select(p => $"c.\"{p.GetColumnName()}\" IS NOT NULL"));
            var match = string.Join(" AND ", key.Properties.Zip(key.PrincipalKey.Properties, (c, p) => $"p.\"{p.GetColumnName()}\" = c.\"{c.GetColumnName()}\""));
            await using var command = new NpgsqlCommand($"SELECT count(*) FROM \"{child}\" c WHERE {set} AND NOT EXISTS (SELECT 1 FROM \"{parent}\" p WHERE {match})", connection) { CommandTimeout = 0 };
            if ((long)(await command.ExecuteScalarAsync())! is var orphans and > 0)
                throw new InvalidOperationException($"{orphans} rows of {child} point at no row of {parent} ({string.Join(", ", key.Properties.Select(p => p.Name))}).");
        }
    }
}

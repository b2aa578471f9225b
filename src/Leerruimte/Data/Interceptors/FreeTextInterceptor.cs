using System.Data.Common;
using Leerruimte.Infrastructure;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Leerruimte.Data.Interceptors;

/// <summary>
/// The one place all text passes on its way to the database, whatever sent it (a phone on the hub, a form, a search,
/// an uploaded pack): every text parameter is cleaned by <see cref="FreeText"/>. Nothing stored holds a NUL or a
/// direction override, and a NUL typed in a search cannot make PostgreSQL refuse the query.
/// </summary>
public sealed class FreeTextInterceptor : DbCommandInterceptor
{
    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        Clean(command, result);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Clean(command, result));

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        Clean(command, result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Clean(command, result));

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        Clean(command, result);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Clean(command, result));

    private static T Clean<T>(DbCommand command, T result)
    {
        foreach (DbParameter parameter in command.Parameters)
            if (parameter.Value is string text) parameter.Value = FreeText.Clean(text);
        return result;
    }
}

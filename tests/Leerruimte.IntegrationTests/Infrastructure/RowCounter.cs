using System.Data.Common;
using Leerruimte.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Infrastructure;

/// <summary>Counts the rows a context reads from the database, to show a query's size does not grow with the data.</summary>
public sealed class RowCounter : DbCommandInterceptor
{
    public int Rows { get; private set; }

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        Rows += eventData.ReadCount;
        return result;
    }

    /// <summary>A new context of the app's provider and settings in this scope (its tenant included), with the counter added.</summary>
    public static LeerruimteDb Context(IServiceProvider scope, RowCounter counter)
    {
        var type = scope.GetRequiredService<LeerruimteDb>().GetType();
        var options = (DbContextOptions)scope.GetRequiredService(typeof(DbContextOptions<>).MakeGenericType(type));
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(type), options)!;
        return (LeerruimteDb)ActivatorUtilities.CreateInstance(scope, type, builder.AddInterceptors(counter).Options);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Leerruimte.Bench.Generator;

/// <summary>One column as the app's EF model maps it: its name, store type and type mapping, and how to read its value off an entity.</summary>
public sealed record Column(string Name, RelationalTypeMapping Mapping, Func<object, object?> Read)
{
    /// <summary>The value as the database stores it: through the model's value converter (enums, UTC times, collections on SQLite).</summary>
    public object? ProviderValue(object entity) =>
        Read(entity) is { } value ? Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value : null;
}

/// <summary>
/// The table an entity type is stored in and its columns, taken from the EF model, so the generator writes the app's
/// own names and conversions. Owned types in the same table (a session's clock) are read through their navigation;
/// shadow properties have no value on the entity and are left to the column's default.
/// </summary>
public sealed record TableShape(string Table, IReadOnlyList<Column> Columns)
{
    public static TableShape Of(IModel model, Type clrType)
    {
        var entity = model.FindEntityType(clrType) ?? throw new InvalidOperationException($"{clrType.Name} is not in the model.");
        var table = entity.GetTableName() ?? throw new InvalidOperationException($"{clrType.Name} has no table.");
        var columns = entity.GetProperties().Where(p => !p.IsShadowProperty()).Select(p => Of(p, p.GetGetter().GetClrValue)).ToList();
        foreach (var navigation in entity.GetNavigations().Where(n => n.ForeignKey.IsOwnership && n.TargetEntityType.GetTableName() == table))
        {
            var owner = navigation.GetGetter();
            foreach (var property in navigation.TargetEntityType.GetProperties().Where(p => !p.IsShadowProperty() && !p.IsPrimaryKey()))
            {
                var read = property.GetGetter();
                columns.Add(Of(property, e => owner.GetClrValue(e) is { } owned ? read.GetClrValue(owned) : null));
            }
        }
        return new TableShape(table, columns);
    }

    private static Column Of(IProperty property, Func<object, object?> read) =>
        new(property.GetColumnName(), property.GetRelationalTypeMapping(), read);
}

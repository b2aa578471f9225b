namespace Leerruimte.Features.Sessions;

/// <summary>A record that came from a session host: a task, a personal action, a form response.</summary>
public interface IHasOrigin
{
    string OriginKind { get; }
    Guid OriginId { get; }
}

public static class OriginQueries
{
    /// <summary>The records that came from this host.</summary>
    public static IQueryable<T> From<T>(this IQueryable<T> records, Origin origin) where T : IHasOrigin =>
        records.Where(r => r.OriginKind == origin.Kind && r.OriginId == origin.Id);
}

using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.People;

public static class DisplayNames
{
    /// <summary>Id to display name, reading only those two columns (not whole accounts with their secrets).</summary>
    public static Task<Dictionary<Guid, string>> DisplayNamesAsync(this IQueryable<Person> people, CancellationToken ct = default) =>
        people.Select(p => new { p.Id, p.DisplayName }).ToDictionaryAsync(p => p.Id, p => p.DisplayName, ct);
}

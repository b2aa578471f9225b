using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Data.Interceptors;

/// <summary>Fills creation times from the app's <see cref="TimeProvider"/>, so tests with a fake clock see fake times.</summary>
public sealed class TimestampInterceptor(TimeProvider clock) : StampingInterceptor
{
    protected override void Stamp(DbContext context)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var entry in context.ChangeTracker.Entries<IHasCreatedAt>())
            if (entry.State == EntityState.Added && entry.Entity.CreatedAt == default) entry.Entity.CreatedAt = now;
    }
}

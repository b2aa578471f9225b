using Leerruimte.Features.People;
using Leerruimte.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Data.Interceptors;

/// <summary>
/// Stamps the current organisation on new organisation-owned records and refuses any write that would
/// touch another organisation's record. One instance serves all contexts: the organisation is the one the
/// saving context was opened for.
/// </summary>
public sealed class TenantStampInterceptor : StampingInterceptor
{
    protected override void Stamp(DbContext context)
    {
        var db = (LeerruimteDb)context;
        foreach (var entry in context.ChangeTracker.Entries<IOrganisationOwned>())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached) continue;
            // Signing in records failed attempts and lockouts before the organisation is known.
            if (db.CurrentOrganisationId is null && db.AccountLookup && entry is { Entity: Person, State: EntityState.Modified }) continue;
            var organisation = db.CurrentOrganisationId
                ?? throw new InvalidOperationException($"Cannot save {entry.Metadata.ClrType.Name} outside an organisation scope.");
            if (entry.State == EntityState.Added && entry.Entity.OrganisationId == Guid.Empty)
                entry.Entity.OrganisationId = organisation;
            else if (entry.Entity.OrganisationId != organisation)
                throw new InvalidOperationException($"Refused to write {entry.Metadata.ClrType.Name} of another organisation.");
        }
    }
}

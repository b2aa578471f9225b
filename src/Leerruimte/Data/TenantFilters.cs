using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Organisations;
using Leerruimte.Features.People;
using Leerruimte.Infrastructure.Mail;
using Leerruimte.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Data;

/// <summary>The organisation filter on every organisation-owned table. Named, so a query must say which one it ignores.</summary>
internal static class TenantFilters
{
    public const string Name = "Tenant";

    public static void Apply(ModelBuilder builder, LeerruimteDb db)
    {
        foreach (var type in builder.Model.GetEntityTypes().Select(t => t.ClrType).ToList())
        {
            if (type == typeof(Person) || !typeof(IOrganisationOwned).IsAssignableFrom(type)) continue;
            typeof(TenantFilters).GetMethod(nameof(ApplyOwned), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                .MakeGenericMethod(type).Invoke(null, [builder, db]);
        }

        builder.Entity<Person>().HasQueryFilter(Name, p => p.OrganisationId == db.CurrentOrganisationId || db.AccountLookup);
        builder.Entity<Organisation>().HasQueryFilter(Name, o => o.Id == db.CurrentOrganisationId);
        builder.Entity<ContentPackVersion>().HasQueryFilter(Name,
            p => p.OrganisationId == ContentPackVersion.Shipped || p.OrganisationId == db.CurrentOrganisationId);
        builder.Entity<OutboxMessage>().HasQueryFilter(Name, m => m.OrganisationId == db.CurrentOrganisationId);
    }

    private static void ApplyOwned<T>(ModelBuilder builder, LeerruimteDb db) where T : class, IOrganisationOwned =>
        builder.Entity<T>().HasQueryFilter(Name, e => e.OrganisationId == db.CurrentOrganisationId);
}

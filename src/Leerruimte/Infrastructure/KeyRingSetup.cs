using Leerruimte.Data;
using Microsoft.AspNetCore.DataProtection;

namespace Leerruimte.Infrastructure;

public static class KeyRingSetup
{
    /// <summary>
    /// Keeps the data-protection keys (cookies, antiforgery tokens, password links) in the database, so that
    /// every instance behind a load balancer reads what another wrote, and a restore of the database keeps
    /// people signed in and their links valid.
    /// </summary>
    public static WebApplicationBuilder AddSharedKeyRing(this WebApplicationBuilder builder)
    {
        builder.Services.AddDataProtection()
            .SetApplicationName("Leerruimte")
            .PersistKeysToDbContext<LeerruimteDb>();
        return builder;
    }
}

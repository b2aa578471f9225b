using Leerruimte.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Leerruimte.Data;

// Used only by `dotnet ef migrations add ... --context SqliteLeerruimteDb|PostgresLeerruimteDb`.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteLeerruimteDb>
{
    public SqliteLeerruimteDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteLeerruimteDb>().UseSqlite("Data Source=design.db").Options, new TenantContext());
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresLeerruimteDb>
{
    public PostgresLeerruimteDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresLeerruimteDb>().UseNpgsql("Host=localhost;Database=design").Options, new TenantContext());
}

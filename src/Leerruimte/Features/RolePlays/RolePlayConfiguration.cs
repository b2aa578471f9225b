using Leerruimte.Features.People;
using Leerruimte.Features.RunningCases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerruimte.Features.RolePlays;

public sealed class RolePlayConfiguration : IEntityTypeConfiguration<RolePlay>
{
    public void Configure(EntityTypeBuilder<RolePlay> builder)
    {
        builder.Property(r => r.CaseId).HasMaxLength(CaseRole.MaxCaseId);
        builder.Property(r => r.FormId).HasMaxLength(CaseRole.MaxCaseId);
        builder.HasOne(r => r.CohortSession).WithMany().HasForeignKey(r => r.CohortSessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Parts).WithOne().HasForeignKey(p => p.RolePlayId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.CohortSessionId, r.Number }).IsUnique();
        builder.HasIndex(r => r.CohortId);
    }
}

public sealed class RolePlayPartConfiguration : IEntityTypeConfiguration<RolePlayPart>
{
    public void Configure(EntityTypeBuilder<RolePlayPart> builder)
    {
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.RolePlayId, p.PersonId }).IsUnique();
        builder.HasIndex(p => p.PersonId);
    }
}

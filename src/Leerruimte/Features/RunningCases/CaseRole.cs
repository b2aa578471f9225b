using Leerruimte.Features.Cohorts;
using Leerruimte.Features.People;
using Leerruimte.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerruimte.Features.RunningCases;

/// <summary>Who plays the client or the family carer of one running case in a cohort; the trainer assigns it.</summary>
public sealed class CaseRole : IOrganisationOwned
{
    public const int MaxCaseId = 80;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid CohortId { get; set; }
    public required string CaseId { get; set; }
    public CasePart Part { get; set; }
    public Guid PersonId { get; set; }
}

/// <summary>A stage of a running case the trainer released to a cohort: from then on its participants read it.</summary>
public sealed class StageRelease : IOrganisationOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid CohortId { get; set; }
    public required string CaseId { get; set; }
    public required string StageId { get; set; }
    public DateTime ReleasedAt { get; set; }
}

public sealed class CaseRoleConfiguration : IEntityTypeConfiguration<CaseRole>
{
    public void Configure(EntityTypeBuilder<CaseRole> builder)
    {
        builder.Property(r => r.CaseId).HasMaxLength(CaseRole.MaxCaseId);
        builder.HasOne<Cohort>().WithMany().HasForeignKey(r => r.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.CohortId, r.CaseId, r.Part }).IsUnique();
    }
}

public sealed class StageReleaseConfiguration : IEntityTypeConfiguration<StageRelease>
{
    public void Configure(EntityTypeBuilder<StageRelease> builder)
    {
        builder.Property(r => r.CaseId).HasMaxLength(CaseRole.MaxCaseId);
        builder.Property(r => r.StageId).HasMaxLength(CaseRole.MaxCaseId);
        builder.HasOne<Cohort>().WithMany().HasForeignKey(r => r.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.CohortId, r.CaseId, r.StageId }).IsUnique();
    }
}

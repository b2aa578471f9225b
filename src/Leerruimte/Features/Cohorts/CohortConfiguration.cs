using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Meter;
using Leerruimte.Features.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerruimte.Features.Cohorts;

public sealed class CohortConfiguration : IEntityTypeConfiguration<Cohort>
{
    public void Configure(EntityTypeBuilder<Cohort> builder)
    {
        builder.Property(c => c.Title).HasMaxLength(200);
        builder.Property(c => c.ProgrammeId).HasMaxLength(80);
        builder.HasOne<ContentPackVersion>().WithMany().HasForeignKey(c => c.ProgrammeVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Trainer).WithMany().HasForeignKey(c => c.TrainerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.CommissionedById).OnDelete(DeleteBehavior.SetNull);
        // A measurement made for a cohort counts in its before and after; it stays the owner's when the cohort goes.
        builder.HasMany<Measurement>().WithOne().HasForeignKey(m => m.CohortId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => c.TrainerId);
    }
}

public sealed class CohortParticipantConfiguration : IEntityTypeConfiguration<CohortParticipant>
{
    public void Configure(EntityTypeBuilder<CohortParticipant> builder)
    {
        builder.HasOne<Cohort>().WithMany(c => c.Participants).HasForeignKey(p => p.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Person).WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.CohortId, p.PersonId }).IsUnique();
        builder.HasIndex(p => p.PersonId);
    }
}

public sealed class CohortSessionConfiguration : IEntityTypeConfiguration<CohortSession>
{
    public void Configure(EntityTypeBuilder<CohortSession> builder)
    {
        builder.Property(s => s.Place).HasMaxLength(CohortSession.MaxPlace);
        builder.HasOne(s => s.Cohort).WithMany(c => c.Sessions).HasForeignKey(s => s.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.Session).WithMany().HasForeignKey(s => s.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.CohortId, s.Module }).IsUnique();
    }
}

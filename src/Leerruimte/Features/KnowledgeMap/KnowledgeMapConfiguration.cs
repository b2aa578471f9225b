using Leerruimte.Features.People;
using Leerruimte.Features.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerruimte.Features.KnowledgeMap;

public sealed class SpecialistConfiguration : IEntityTypeConfiguration<Specialist>
{
    public void Configure(EntityTypeBuilder<Specialist> builder)
    {
        builder.Property(s => s.Topic).HasMaxLength(Specialist.MaxTopic);
        builder.HasOne<Team>().WithMany().HasForeignKey(s => s.TeamId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(s => s.NamedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(s => new { s.TeamId, s.PersonId, s.Topic }).IsUnique();
    }
}

public sealed class KnowledgeConsentConfiguration : IEntityTypeConfiguration<KnowledgeConsent>
{
    public void Configure(EntityTypeBuilder<KnowledgeConsent> builder)
    {
        builder.HasOne<Team>().WithMany().HasForeignKey(c => c.TeamId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.TeamId, c.PersonId }).IsUnique();
    }
}

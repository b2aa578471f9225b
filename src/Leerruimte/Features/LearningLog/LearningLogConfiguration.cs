using Leerruimte.Features.Development;
using Leerruimte.Features.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerruimte.Features.LearningLog;

public sealed class ReflectionConfiguration : IEntityTypeConfiguration<Reflection>
{
    public void Configure(EntityTypeBuilder<Reflection> builder)
    {
        foreach (var text in new[] { nameof(Reflection.Situation), nameof(Reflection.Task), nameof(Reflection.Action), nameof(Reflection.Result), nameof(Reflection.Lessons) })
            builder.Property(text).HasMaxLength(Reflection.MaxTextLength);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<DevelopmentPoint>().WithMany().HasForeignKey(r => r.DevelopmentPointId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(r => new { r.PersonId, r.Date });
    }
}

public sealed class LearningActivityConfiguration : IEntityTypeConfiguration<LearningActivity>
{
    public void Configure(EntityTypeBuilder<LearningActivity> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(300);
        builder.Property(a => a.Notes).HasMaxLength(LearningActivity.MaxTextLength);
        builder.Property(a => a.EvidenceFileName).HasMaxLength(200);
        builder.Property(a => a.EvidenceContentType).HasMaxLength(100);
        builder.Property(a => a.EvidenceKey).HasMaxLength(100);
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<DevelopmentPoint>().WithMany().HasForeignKey(a => a.DevelopmentPointId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(a => new { a.PersonId, a.Date });
    }
}

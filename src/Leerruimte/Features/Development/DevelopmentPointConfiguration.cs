using Leerruimte.Features.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerruimte.Features.Development;

public sealed class DevelopmentPointConfiguration : IEntityTypeConfiguration<DevelopmentPoint>
{
    public void Configure(EntityTypeBuilder<DevelopmentPoint> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(300);
        foreach (var text in new[] { nameof(DevelopmentPoint.Goal), nameof(DevelopmentPoint.Motivation), nameof(DevelopmentPoint.Needs), nameof(DevelopmentPoint.FirstStep), nameof(DevelopmentPoint.StatementText) })
            builder.Property(text).HasMaxLength(DevelopmentPoint.MaxTextLength);
        builder.Property(p => p.StatementId).HasMaxLength(80);
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.PersonId, p.Status });
    }
}

public sealed class DevelopmentPointEventConfiguration : IEntityTypeConfiguration<DevelopmentPointEvent>
{
    public void Configure(EntityTypeBuilder<DevelopmentPointEvent> builder)
    {
        builder.Property(e => e.Note).HasMaxLength(DevelopmentPoint.MaxTextLength);
        builder.HasOne<DevelopmentPoint>().WithMany(p => p.History).HasForeignKey(e => e.PointId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.PointId, e.At });
    }
}

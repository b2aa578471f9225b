using Leerruimte.Features.ContentPacks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerruimte.Features.Meter;

public sealed class MeasurementConfiguration : IEntityTypeConfiguration<Measurement>
{
    public void Configure(EntityTypeBuilder<Measurement> builder)
    {
        builder.Property(m => m.InstrumentId).HasMaxLength(80);
        builder.Property(m => m.Title).HasMaxLength(300);
        builder.HasOne(m => m.Person).WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ContentPackVersion>().WithMany().HasForeignKey(m => m.InstrumentVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.PersonId, m.InstrumentId, m.CreatedAt });
    }
}

public sealed class MeasurementScoreConfiguration : IEntityTypeConfiguration<MeasurementScore>
{
    public void Configure(EntityTypeBuilder<MeasurementScore> builder)
    {
        builder.Property(s => s.StatementId).HasMaxLength(80);
        builder.HasOne<Measurement>().WithMany(m => m.Scores).HasForeignKey(s => s.MeasurementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.MeasurementId, s.StatementId }).IsUnique();
    }
}

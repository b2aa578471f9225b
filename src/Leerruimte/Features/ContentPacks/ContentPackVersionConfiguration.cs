using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerruimte.Features.ContentPacks;

public sealed class ContentPackVersionConfiguration : IEntityTypeConfiguration<ContentPackVersion>
{
    public void Configure(EntityTypeBuilder<ContentPackVersion> builder)
    {
        builder.Property(p => p.PackId).HasMaxLength(80);
        builder.Property(p => p.Kind).HasMaxLength(40);
        builder.Property(p => p.Title).HasMaxLength(300);
        builder.Property(p => p.Description).HasMaxLength(2000);
        builder.Property(p => p.FileName).HasMaxLength(300);
        builder.Property(p => p.SourceHash).HasMaxLength(64);
        builder.HasIndex(p => new { p.OrganisationId, p.PackId, p.Version }).IsUnique();
    }
}

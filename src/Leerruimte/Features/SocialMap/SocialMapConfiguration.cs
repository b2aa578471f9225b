using Leerruimte.Features.People;
using Leerruimte.Features.Teams;
using Leerruimte.Infrastructure.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerruimte.Features.SocialMap;

public sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(Partner.MaxName);
        builder.Property(p => p.Offer).HasMaxLength(Partner.MaxOffer);
        builder.Property(p => p.ContactRole).HasMaxLength(Partner.MaxRole);
        builder.Property(p => p.ContactName).HasMaxLength(Partner.MaxRole);
        builder.Property(p => p.Reach).HasMaxLength(Partner.MaxReach);
        builder.HasOne<Team>().WithMany().HasForeignKey(p => p.TeamId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.TeamId, p.Name });
    }
}

public sealed class MapGapConfiguration : IEntityTypeConfiguration<MapGap>
{
    public void Configure(EntityTypeBuilder<MapGap> builder)
    {
        builder.Property(g => g.Text).HasMaxLength(MapGap.MaxText);
        builder.HasOne<Team>().WithMany().HasForeignKey(g => g.TeamId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(g => g.OwnerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(g => new { g.TeamId, g.Status });
    }
}

public sealed class GapConfirmationConfiguration : IEntityTypeConfiguration<GapConfirmation>
{
    public void Configure(EntityTypeBuilder<GapConfirmation> builder)
    {
        builder.Property(c => c.Key).HasMaxLength(PrivacyGuard.MaxKey);
        builder.HasOne<MapGap>().WithMany(g => g.Confirmations).HasForeignKey(c => c.GapId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.ConfirmedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => new { c.GapId, c.Key }).IsUnique();
    }
}

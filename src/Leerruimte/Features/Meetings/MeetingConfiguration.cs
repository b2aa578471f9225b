using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerruimte.Features.Meetings;

public sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.Property(m => m.ModuleId).HasMaxLength(80);
        builder.Property(m => m.Title).HasMaxLength(300);
        builder.Property(m => m.Place).HasMaxLength(200);
        builder.HasOne(m => m.Session).WithOne().HasForeignKey<Meeting>(m => m.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.Team).WithMany().HasForeignKey(m => m.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.Facilitator).WithMany().HasForeignKey(m => m.FacilitatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ContentPackVersion>().WithMany().HasForeignKey(m => m.ModuleVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.OrganisationId, m.TeamId, m.StartsAt });
        builder.HasIndex(m => new { m.FacilitatorId, m.StartsAt });
    }
}

using Leerruimte.Features.People;
using Leerruimte.Features.Sessions;
using Leerruimte.Features.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerruimte.Features.TeamActions;

public sealed class TeamActionConfiguration : IEntityTypeConfiguration<TeamAction>
{
    public void Configure(EntityTypeBuilder<TeamAction> builder)
    {
        builder.Property(a => a.Text).HasMaxLength(TeamAction.MaxText);
        builder.Property(a => a.OriginKind).HasMaxLength(Origin.MaxKindLength);
        builder.Property(a => a.SessionsOpen).HasDefaultValue(1);
        builder.HasOne<Team>().WithMany().HasForeignKey(a => a.TeamId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.OwnerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(a => new { a.TeamId, a.OriginKind, a.Status });
        builder.HasIndex(a => new { a.OriginKind, a.OriginId, a.FromItemId }).IsUnique();
    }
}

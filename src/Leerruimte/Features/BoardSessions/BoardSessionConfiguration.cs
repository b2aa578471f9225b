using Leerruimte.Features.People;
using Leerruimte.Features.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerruimte.Features.BoardSessions;

public sealed class BoardSessionConfiguration : IEntityTypeConfiguration<BoardSession>
{
    public void Configure(EntityTypeBuilder<BoardSession> builder)
    {
        builder.Property(b => b.Place).HasMaxLength(200);
        builder.HasOne<Team>().WithMany().HasForeignKey(b => b.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(b => b.ChairId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(b => b.Session).WithOne().HasForeignKey<BoardSession>(b => b.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => new { b.TeamId, b.StartsAt });
    }
}

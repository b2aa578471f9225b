using Leerruimte.Features.People;
using Leerruimte.Features.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerruimte.Features.AgendaSessions;

public sealed class AgendaSessionConfiguration : IEntityTypeConfiguration<AgendaSession>
{
    public void Configure(EntityTypeBuilder<AgendaSession> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(200);
        builder.HasOne<Team>().WithMany().HasForeignKey(a => a.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.ChairId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Session).WithOne().HasForeignKey<AgendaSession>(a => a.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Items).WithOne().HasForeignKey(i => i.AgendaSessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.TeamId, a.StartsAt });
    }
}

public sealed class AgendaSessionItemConfiguration : IEntityTypeConfiguration<AgendaSessionItem>
{
    public void Configure(EntityTypeBuilder<AgendaSessionItem> builder)
    {
        builder.Property(i => i.WorkFormId).HasMaxLength(100);
        builder.HasIndex(i => new { i.AgendaSessionId, i.Position }).IsUnique();
    }
}

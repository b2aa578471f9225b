using Leerruimte.Features.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerruimte.Features.Sessions;

public sealed class LiveSessionConfiguration : IEntityTypeConfiguration<LiveSession>
{
    public void Configure(EntityTypeBuilder<LiveSession> builder)
    {
        builder.Property(s => s.OriginKind).HasMaxLength(Origin.MaxKindLength);
        builder.Property(s => s.ScriptRef).HasMaxLength(100);
        builder.Property(s => s.JoinCode).HasMaxLength(JoinCodes.MaxLength);
        builder.HasIndex(s => s.JoinCode).IsUnique();
        builder.Property(s => s.Revision).IsConcurrencyToken();
        builder.OwnsOne(s => s.Clock, clock =>
        {
            clock.Property(c => c.StartedAt).HasColumnName("ClockStartedAt");
            clock.Property(c => c.ElapsedSeconds).HasColumnName("ClockElapsedSeconds");
            clock.Property(c => c.ExtraSeconds).HasColumnName("ClockExtraSeconds");
        });
        builder.HasOne<Person>().WithMany().HasForeignKey(s => s.FacilitatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.OriginKind, s.OriginId }).IsUnique();
        builder.HasIndex(s => s.FacilitatorId);
    }
}

public sealed class SessionParticipantConfiguration : IEntityTypeConfiguration<SessionParticipant>
{
    public void Configure(EntityTypeBuilder<SessionParticipant> builder)
    {
        builder.HasOne<LiveSession>().WithMany(s => s.Participants).HasForeignKey(p => p.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Person).WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.SessionId, p.PersonId }).IsUnique();
        builder.HasIndex(p => p.PersonId);
    }
}

public sealed class BoardItemConfiguration : IEntityTypeConfiguration<BoardItem>
{
    public void Configure(EntityTypeBuilder<BoardItem> builder)
    {
        builder.Property(i => i.Text).HasMaxLength(BoardItem.MaxLength);
        builder.Property(i => i.StepKey).HasMaxLength(80);
        builder.Property(i => i.Column).HasMaxLength(40);
        builder.HasOne<LiveSession>().WithMany().HasForeignKey(i => i.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(i => i.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.SessionId, i.CreatedAt });
    }
}

public sealed class BoardItemRemovalConfiguration : IEntityTypeConfiguration<BoardItemRemoval>
{
    public void Configure(EntityTypeBuilder<BoardItemRemoval> builder)
    {
        builder.HasOne<LiveSession>().WithMany().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.RemovedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(r => r.SessionId);
    }
}

public sealed class GroupMemberConfiguration : IEntityTypeConfiguration<GroupMember>
{
    public void Configure(EntityTypeBuilder<GroupMember> builder)
    {
        builder.Property(g => g.StepKey).HasMaxLength(80);
        builder.HasOne<LiveSession>().WithMany().HasForeignKey(g => g.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(g => g.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(g => new { g.SessionId, g.StepKey, g.PersonId }).IsUnique();
    }
}

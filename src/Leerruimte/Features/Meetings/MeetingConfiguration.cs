using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.People;
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
        builder.Property(m => m.JoinCode).HasMaxLength(8);
        builder.Property(m => m.Revision).IsConcurrencyToken();
        builder.OwnsOne(m => m.Clock, clock =>
        {
            clock.Property(c => c.StartedAt).HasColumnName("ClockStartedAt");
            clock.Property(c => c.ElapsedSeconds).HasColumnName("ClockElapsedSeconds");
            clock.Property(c => c.ExtraSeconds).HasColumnName("ClockExtraSeconds");
        });
        builder.HasOne(m => m.Team).WithMany().HasForeignKey(m => m.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.Facilitator).WithMany().HasForeignKey(m => m.FacilitatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ContentPackVersion>().WithMany().HasForeignKey(m => m.ModuleVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => m.JoinCode).IsUnique();
        builder.HasIndex(m => new { m.OrganisationId, m.TeamId, m.StartsAt });
        builder.HasIndex(m => new { m.FacilitatorId, m.StartsAt });
    }
}

public sealed class MeetingInviteeConfiguration : IEntityTypeConfiguration<MeetingInvitee>
{
    public void Configure(EntityTypeBuilder<MeetingInvitee> builder)
    {
        builder.HasOne<Meeting>().WithMany(m => m.Invitees).HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(i => i.Person).WithMany().HasForeignKey(i => i.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.MeetingId, i.PersonId }).IsUnique();
        builder.HasIndex(i => i.PersonId);
    }
}

public sealed class BoardItemConfiguration : IEntityTypeConfiguration<BoardItem>
{
    public void Configure(EntityTypeBuilder<BoardItem> builder)
    {
        builder.Property(i => i.Text).HasMaxLength(BoardItem.MaxLength);
        builder.Property(i => i.AssignmentId).HasMaxLength(80);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(i => i.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.MeetingId, i.CreatedAt });
    }
}

public sealed class GroupMemberConfiguration : IEntityTypeConfiguration<GroupMember>
{
    public void Configure(EntityTypeBuilder<GroupMember> builder)
    {
        builder.Property(g => g.AssignmentId).HasMaxLength(80);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(g => g.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(g => g.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(g => new { g.MeetingId, g.AssignmentId, g.PersonId }).IsUnique();
    }
}

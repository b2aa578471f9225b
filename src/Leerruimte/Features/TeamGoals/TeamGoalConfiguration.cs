using Leerruimte.Features.People;
using Leerruimte.Features.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerruimte.Features.TeamGoals;

public sealed class TeamGoalConfiguration : IEntityTypeConfiguration<TeamGoal>
{
    public void Configure(EntityTypeBuilder<TeamGoal> builder)
    {
        builder.Property(g => g.Title).HasMaxLength(TeamGoal.MaxTitle);
        builder.Property(g => g.Description).HasMaxLength(TeamGoal.MaxDescription);
        builder.Property(g => g.Unit).HasMaxLength(TeamGoal.MaxUnit);
        builder.HasOne<Team>().WithMany().HasForeignKey(g => g.TeamId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(g => g.CreatedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(g => new { g.TeamId, g.Status });
    }
}

public sealed class GoalValueConfiguration : IEntityTypeConfiguration<GoalValue>
{
    public void Configure(EntityTypeBuilder<GoalValue> builder)
    {
        builder.HasOne<TeamGoal>().WithMany(g => g.Values).HasForeignKey(v => v.GoalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(v => v.RecordedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(v => new { v.GoalId, v.Date });
    }
}

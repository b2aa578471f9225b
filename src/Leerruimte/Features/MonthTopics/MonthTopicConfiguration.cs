using Leerruimte.Features.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerruimte.Features.MonthTopics;

public sealed class MonthTopicConfiguration : IEntityTypeConfiguration<MonthTopic>
{
    public void Configure(EntityTypeBuilder<MonthTopic> builder)
    {
        builder.Property(t => t.Title).HasMaxLength(MonthTopic.MaxTitle);
        builder.Property(t => t.Text).HasMaxLength(MonthTopic.MaxText);
        builder.Property(t => t.Link).HasMaxLength(MonthTopic.MaxLink);
        builder.HasOne<Team>().WithMany().HasForeignKey(t => t.TeamId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.TeamId, t.Month }).IsUnique();
    }
}

using Leerruimte.Features.People;
using Leerruimte.Features.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerruimte.Features.Cases;

public sealed class TeamCaseConfiguration : IEntityTypeConfiguration<TeamCase>
{
    public void Configure(EntityTypeBuilder<TeamCase> builder)
    {
        builder.Property(c => c.Title).HasMaxLength(TeamCase.MaxTitle);
        builder.Property(c => c.Situation).HasMaxLength(TeamCase.MaxSituation);
        builder.Property(c => c.Question).HasMaxLength(TeamCase.MaxQuestion);
        builder.Property(c => c.DevelopmentQuestion).HasMaxLength(TeamCase.MaxQuestion);
        builder.Property(c => c.Tags).HasMaxLength(CaseTags.MaxStored);
        builder.HasOne<Team>().WithMany().HasForeignKey(c => c.TeamId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.AuthorId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => new { c.TeamId, c.Status, c.UpdatedAt });
    }
}

public sealed class CaseConfirmationConfiguration : IEntityTypeConfiguration<CaseConfirmation>
{
    public void Configure(EntityTypeBuilder<CaseConfirmation> builder)
    {
        builder.Property(c => c.Key).HasMaxLength(CaseConfirmation.MaxKey);
        builder.HasOne<TeamCase>().WithMany(c => c.Confirmations).HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.ConfirmedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => new { c.CaseId, c.Key }).IsUnique();
    }
}

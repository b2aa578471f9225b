using Leerruimte.Features.Cases;
using Leerruimte.Features.People;
using Leerruimte.Features.Sessions;
using Leerruimte.Features.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerruimte.Features.Consultations;

public sealed class CaseConsultationConfiguration : IEntityTypeConfiguration<CaseConsultation>
{
    public void Configure(EntityTypeBuilder<CaseConsultation> builder)
    {
        builder.Property(c => c.MethodId).HasMaxLength(80);
        builder.Property(c => c.MethodTitle).HasMaxLength(200);
        builder.Property(c => c.Place).HasMaxLength(200);
        builder.HasOne<Team>().WithMany().HasForeignKey(c => c.TeamId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<TeamCase>().WithMany().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.ChairId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.CaseBringerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(c => c.Session).WithMany().HasForeignKey(c => c.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ConsultationSeries>().WithMany().HasForeignKey(c => c.SeriesId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => new { c.TeamId, c.StartsAt });
    }
}

public sealed class ConsultationSeriesConfiguration : IEntityTypeConfiguration<ConsultationSeries>
{
    public void Configure(EntityTypeBuilder<ConsultationSeries> builder) =>
        builder.HasOne<Team>().WithMany().HasForeignKey(s => s.TeamId).OnDelete(DeleteBehavior.Cascade);
}

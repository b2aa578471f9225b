using Leerruimte.Features.Cohorts;
using Leerruimte.Features.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerruimte.Features.ConversationReports;

public sealed class ConversationReportConfiguration : IEntityTypeConfiguration<ConversationReport>
{
    public void Configure(EntityTypeBuilder<ConversationReport> builder)
    {
        builder.Property(r => r.CaseId).HasMaxLength(ConversationReport.MaxCaseId);
        builder.Property(r => r.Question).HasMaxLength(ConversationReport.MaxText);
        builder.Property(r => r.QuestionBehind).HasMaxLength(ConversationReport.MaxText);
        builder.Property(r => r.Network).HasMaxLength(ConversationReport.MaxText);
        builder.Property(r => r.Carer).HasMaxLength(ConversationReport.MaxText);
        builder.HasOne<Cohort>().WithMany().HasForeignKey(r => r.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.WriterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Domains).WithOne().HasForeignKey(d => d.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Icf).WithOne().HasForeignKey(d => d.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Plan).WithOne().HasForeignKey(d => d.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Confirmations).WithOne().HasForeignKey(d => d.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.CohortId, r.CaseId, r.WriterId }).IsUnique();
    }
}

public sealed class ReportDomainConfiguration : IEntityTypeConfiguration<ReportDomain>
{
    public void Configure(EntityTypeBuilder<ReportDomain> builder)
    {
        builder.Property(d => d.Domain).HasMaxLength(ReportDomain.MaxName);
        builder.Property(d => d.Phase).HasMaxLength(ReportDomain.MaxName);
        builder.Property(d => d.Wish).HasMaxLength(ConversationReport.MaxText);
        builder.Property(d => d.Limitations).HasMaxLength(ConversationReport.MaxText);
        builder.Property(d => d.Possibilities).HasMaxLength(ConversationReport.MaxText);
    }
}

public sealed class ReportIcfConfiguration : IEntityTypeConfiguration<ReportIcf>
{
    public void Configure(EntityTypeBuilder<ReportIcf> builder)
    {
        builder.Property(d => d.Component).HasMaxLength(ReportDomain.MaxName);
        builder.Property(d => d.Text).HasMaxLength(ConversationReport.MaxText);
    }
}

public sealed class SupportPlanRowConfiguration : IEntityTypeConfiguration<SupportPlanRow>
{
    public void Configure(EntityTypeBuilder<SupportPlanRow> builder)
    {
        builder.Property(d => d.Goal).HasMaxLength(ConversationReport.MaxText);
        builder.Property(d => d.Agreement).HasMaxLength(ConversationReport.MaxText);
        builder.Property(d => d.Who).HasMaxLength(SupportPlanRow.MaxShort);
        builder.Property(d => d.Review).HasMaxLength(SupportPlanRow.MaxShort);
    }
}

public sealed class ReportConfirmationConfiguration : IEntityTypeConfiguration<ReportConfirmation>
{
    public void Configure(EntityTypeBuilder<ReportConfirmation> builder)
    {
        builder.Property(c => c.Key).HasMaxLength(Infrastructure.Privacy.PrivacyGuard.MaxKey);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.ConfirmedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => new { c.ReportId, c.Key }).IsUnique();
    }
}

public sealed class ReportCommentConfiguration : IEntityTypeConfiguration<ReportComment>
{
    public const int MaxComment = 2000;

    public void Configure(EntityTypeBuilder<ReportComment> builder)
    {
        builder.Property(c => c.Text).HasMaxLength(MaxComment);
        builder.HasOne<ConversationReport>().WithMany().HasForeignKey(c => c.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.AuthorId).OnDelete(DeleteBehavior.SetNull);
    }
}

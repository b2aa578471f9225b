using Leerruimte.Data;
using Leerruimte.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerruimte.Features.Meetings;

/// <summary>
/// The facilitator's feedback form (terugkoppelingsformulier) about a meeting, sent to one coordinator.
/// Only the facilitator and that coordinator can read it.
/// </summary>
public sealed class FeedbackReport : IOrganisationOwned, IHasCreatedAt
{
    public const int MaxTextLength = 4000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid MeetingId { get; set; }
    public Guid FacilitatorId { get; set; }
    public Guid CoordinatorId { get; set; }

    /// <summary>One score per statement of the module's form, in the form's order (1..number of scale labels).</summary>
    public List<int> Scores { get; set; } = [];
    public string? TeamQuestions { get; set; }
    public string? Remarks { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime SentAt { get; set; }
}

public sealed class FeedbackReportConfiguration : IEntityTypeConfiguration<FeedbackReport>
{
    public void Configure(EntityTypeBuilder<FeedbackReport> builder)
    {
        builder.Property(f => f.TeamQuestions).HasMaxLength(FeedbackReport.MaxTextLength);
        builder.Property(f => f.Remarks).HasMaxLength(FeedbackReport.MaxTextLength);
        builder.PrimitiveCollection(f => f.Scores);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(f => f.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => f.MeetingId).IsUnique();
        builder.HasIndex(f => f.CoordinatorId);
    }
}

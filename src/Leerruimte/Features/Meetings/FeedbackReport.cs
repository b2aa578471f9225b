using Leerruimte.Data;
using Leerruimte.Features.Forms;
using Leerruimte.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerruimte.Features.Meetings;

/// <summary>
/// The facilitator's feedback form (terugkoppelingsformulier) about a meeting, sent to one coordinator: the
/// answers are the facilitator's form response (<see cref="ResponseId"/>). Only the facilitator and that
/// coordinator can read it.
/// </summary>
public sealed class FeedbackReport : IOrganisationOwned, IHasCreatedAt
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid MeetingId { get; set; }
    public Guid FacilitatorId { get; set; }
    public Guid CoordinatorId { get; set; }
    public Guid ResponseId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime SentAt { get; set; }
}

public sealed class FeedbackReportConfiguration : IEntityTypeConfiguration<FeedbackReport>
{
    public void Configure(EntityTypeBuilder<FeedbackReport> builder)
    {
        builder.HasOne<Meeting>().WithMany().HasForeignKey(f => f.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<FormResponse>().WithMany().HasForeignKey(f => f.ResponseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => f.MeetingId).IsUnique();
        builder.HasIndex(f => f.CoordinatorId);
        builder.HasIndex(f => f.ResponseId).IsUnique();
    }
}

using Leerruimte.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerruimte.Features.Scheduling;

/// <summary>
/// Work to do at a moment in the future (a follow-up reminder three weeks after a meeting). Stored, so it
/// survives restarts; claimed before running, so it runs once even with several instances.
/// </summary>
public sealed class ScheduledJob : IHasCreatedAt
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public required string Kind { get; set; }
    public Guid SubjectId { get; set; }
    public DateTime DueAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ClaimedUntil { get; set; }
    public DateTime? CompletedAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}

public sealed class ScheduledJobConfiguration : IEntityTypeConfiguration<ScheduledJob>
{
    public void Configure(EntityTypeBuilder<ScheduledJob> builder)
    {
        builder.Property(j => j.Kind).HasMaxLength(80);
        builder.Property(j => j.LastError).HasMaxLength(2000);
        // One job per kind and subject: scheduling twice is harmless.
        builder.HasIndex(j => new { j.Kind, j.SubjectId }).IsUnique();
        builder.HasIndex(j => new { j.CompletedAt, j.DueAt });
    }
}

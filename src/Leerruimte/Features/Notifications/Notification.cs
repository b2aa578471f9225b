using Leerruimte.Data;
using Leerruimte.Features.Sessions;
using Leerruimte.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerruimte.Features.Notifications;

/// <summary>A message on someone's start page, usually next to an e-mail about the same thing.</summary>
public sealed class Notification : IOrganisationOwned, IHasCreatedAt
{
    public const int MaxText = 500;
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid PersonId { get; set; }
    public required string Text { get; set; }
    public required string Link { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ReadAt { get; set; }
    /// <summary>Its mail waits for the weekly digest (the person's choice for its kind), until <see cref="DigestId"/> says which one took it.</summary>
    public bool KeptForDigest { get; set; }
    public Guid? DigestId { get; set; }
}

public enum TaskKind { PlanFollowUpMeeting = 0 }

/// <summary>Something a person has to do by a date, shown on the start page until done.</summary>
public sealed class PersonTask : IOrganisationOwned, IHasCreatedAt, IHasOrigin
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid PersonId { get; set; }
    public TaskKind Kind { get; set; }
    /// <summary>What it came from (<see cref="Sessions.Origin"/>): for "plan the follow-up", the meeting.</summary>
    public string OriginKind { get; set; } = "";
    public Guid OriginId { get; set; }
    public Origin Origin { get => new(OriginKind, OriginId); set => (OriginKind, OriginId) = (value.Kind, value.Id); }
    public DateTime DueAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? DoneAt { get; set; }
}

public sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.Text).HasMaxLength(Notification.MaxText);
        builder.Property(n => n.Link).HasMaxLength(500);
        builder.HasIndex(n => new { n.PersonId, n.ReadAt, n.CreatedAt });
        builder.HasIndex(n => new { n.PersonId, n.KeptForDigest, n.DigestId });
    }
}

public sealed class PersonTaskConfiguration : IEntityTypeConfiguration<PersonTask>
{
    public void Configure(EntityTypeBuilder<PersonTask> builder)
    {
        builder.HasIndex(t => new { t.PersonId, t.DoneAt, t.DueAt });
        builder.Ignore(t => t.Origin);
        builder.Property(t => t.OriginKind).HasMaxLength(Origin.MaxKindLength);
        builder.HasIndex(t => new { t.OriginKind, t.OriginId, t.Kind }).IsUnique();
    }
}

using Leerruimte.Data;
using Leerruimte.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerruimte.Features.Notifications;

/// <summary>The kinds of message a person chooses the e-mail for. Account mail (passwords) is no kind: it always comes.</summary>
public enum MessageKind { Invitation = 0, Reminder = 1, Share = 2, Notice = 3 }

/// <summary>What a message of a kind does besides the start page: a mail at once, a line in the weekly digest, or nothing.</summary>
public enum MailChoice { AtOnce = 0, Digest = 1, StartPageOnly = 2 }

/// <summary>A person's choice for one kind. No row is <see cref="MailChoice.AtOnce"/>: what everyone had before there was a choice.</summary>
public sealed class MailPreference : IOrganisationOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid PersonId { get; set; }
    public MessageKind Kind { get; set; }
    public MailChoice Choice { get; set; }
}

public sealed class MailPreferenceConfiguration : IEntityTypeConfiguration<MailPreference>
{
    public void Configure(EntityTypeBuilder<MailPreference> builder) => builder.HasIndex(p => new { p.PersonId, p.Kind }).IsUnique();
}

using Leerruimte.Data;
using Leerruimte.Features.People;
using Leerruimte.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerruimte.Features.Sharing;

/// <summary>What can be shared. A plan and a learning log are shared whole (reflections, activities and hours); the others one by one.</summary>
/// A declaration is shared per period (its item id is <see cref="Declarations.DeclarationPeriod.ItemId"/>): the reader learns that it exists, not what it holds.
public enum ShareKind { Measurement = 0, Plan = 1, Reflection = 2, Activity = 3, LearningLog = 4, Declaration = 5 }

/// <summary>
/// The owner lets one named person read an item (read-only), or lets a team count it in the team's
/// overview, which shows averages only. Revoking deletes the share. Nothing is shared by default.
/// </summary>
public sealed class Share : IOrganisationOwned, IHasCreatedAt
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid OwnerId { get; set; }
    public ShareKind Kind { get; set; }

    /// <summary>The shared item; empty for the whole plan and the whole learning log.</summary>
    public Guid ItemId { get; set; }

    public Guid? RecipientId { get; set; }
    public Person? Recipient { get; set; }

    /// <summary>Set instead of a recipient: the item may count (anonymously) in this team's overview.</summary>
    public Guid? TeamId { get; set; }

    /// <summary>For a measurement counted in a team: the team average it was last published in (<see cref="Meter.PublishedTeamAverage"/>).</summary>
    public Guid? PublishedAverageId { get; set; }

    /// <summary>For a whole learning log: the reader may also open the evidence files. Off unless the owner ticks it.</summary>
    public bool WithEvidence { get; set; }

    public DateTime CreatedAt { get; set; }
}

/// <summary>Consent, per team, to be matched with colleagues: my strengths offered, my challenges asked about.</summary>
public sealed class MatchConsent : IOrganisationOwned, IHasCreatedAt
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid PersonId { get; set; }
    public Guid TeamId { get; set; }
    public DateTime CreatedAt { get; set; }
}

public sealed class ShareConfiguration : IEntityTypeConfiguration<Share>
{
    public void Configure(EntityTypeBuilder<Share> builder)
    {
        builder.HasOne<Person>().WithMany().HasForeignKey(s => s.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.Recipient).WithMany().HasForeignKey(s => s.RecipientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Teams.Team>().WithMany().HasForeignKey(s => s.TeamId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.OwnerId, s.Kind, s.ItemId });
        builder.HasIndex(s => new { s.RecipientId, s.Kind });
        builder.HasIndex(s => new { s.TeamId, s.Kind });
    }
}

public sealed class MatchConsentConfiguration : IEntityTypeConfiguration<MatchConsent>
{
    public void Configure(EntityTypeBuilder<MatchConsent> builder)
    {
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Teams.Team>().WithMany().HasForeignKey(c => c.TeamId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.TeamId, c.PersonId }).IsUnique();
    }
}

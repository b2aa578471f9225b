using Leerruimte.Features.People;
using Leerruimte.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerruimte.Authorization;

/// <summary>
/// One sign-in on one device, named in that device's cookie (docs/decisions/0011-one-record-per-sign-in.md). Signing
/// out removes it, so a copy of that cookie stops working at its next check while the person's other devices stay
/// signed in.
/// </summary>
public sealed class SignInSession : IOrganisationOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganisationId { get; set; }
    public Guid PersonId { get; set; }
    public Person? Person { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>When a check last found it in use, to within <see cref="SignInSessions.SeenPrecision"/>.</summary>
    public DateTime SeenAt { get; set; }
}

public sealed class SignInSessionConfiguration : IEntityTypeConfiguration<SignInSession>
{
    public void Configure(EntityTypeBuilder<SignInSession> builder)
    {
        builder.HasOne(s => s.Person).WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.PersonId, s.SeenAt });
    }
}

using Leerruimte.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerruimte.Features.People;

public sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.Property(p => p.DisplayName).HasMaxLength(200);
        builder.Property(p => p.RegisterNumber).HasMaxLength(Declarations.SaveRegisterNumber.MaxLength);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        // E-mail is the login name, so it is unique across all organisations.
        builder.HasIndex(p => p.NormalizedEmail).IsUnique();
        builder.HasIndex(p => new { p.OrganisationId, p.DisplayName });
    }
}

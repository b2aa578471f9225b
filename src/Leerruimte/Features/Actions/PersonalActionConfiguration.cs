using Leerruimte.Features.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerruimte.Features.Actions;

public sealed class PersonalActionConfiguration : IEntityTypeConfiguration<PersonalAction>
{
    public void Configure(EntityTypeBuilder<PersonalAction> builder)
    {
        builder.Property(a => a.Text).HasMaxLength(PersonalAction.MaxTextLength);
        builder.Property(a => a.WhatIDid).HasMaxLength(PersonalAction.MaxTextLength);
        builder.Property(a => a.WhatILearned).HasMaxLength(PersonalAction.MaxTextLength);
        builder.Ignore(a => a.Origin);
        builder.Property(a => a.OriginKind).HasMaxLength(Origin.MaxKindLength);
        builder.HasOne(a => a.Person).WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.OriginKind, a.OriginId, a.PersonId }).IsUnique();
        builder.HasIndex(a => a.PersonId);
        builder.HasOne<Development.DevelopmentPoint>().WithMany().HasForeignKey(a => a.DevelopmentPointId).OnDelete(DeleteBehavior.SetNull);
    }
}

public sealed class PdcaCycleConfiguration : IEntityTypeConfiguration<PdcaCycle>
{
    public void Configure(EntityTypeBuilder<PdcaCycle> builder)
    {
        foreach (var text in new[] { nameof(PdcaCycle.PlanWhat), nameof(PdcaCycle.PlanHow), nameof(PdcaCycle.PlanExpectation), nameof(PdcaCycle.PlanCheck),
                     nameof(PdcaCycle.DoObservations), nameof(PdcaCycle.CheckResults), nameof(PdcaCycle.CheckAnalysis), nameof(PdcaCycle.CheckLessons), nameof(PdcaCycle.ActNotes) })
            builder.Property(text).HasMaxLength(PdcaCycle.MaxFieldLength);
        builder.HasOne<PersonalAction>().WithMany(a => a.Cycles).HasForeignKey(c => c.ActionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.ActionId, c.Number }).IsUnique();
    }
}

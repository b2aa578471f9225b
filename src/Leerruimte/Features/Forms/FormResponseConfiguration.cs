using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerruimte.Features.Forms;

public sealed class FormResponseConfiguration : IEntityTypeConfiguration<FormResponse>
{
    public void Configure(EntityTypeBuilder<FormResponse> builder)
    {
        builder.Property(r => r.FormKey).HasMaxLength(80);
        builder.Property(r => r.OriginKind).HasMaxLength(40);
        builder.Property(r => r.Key).HasMaxLength(300);
        builder.HasOne<ContentPackVersion>().WithMany().HasForeignKey(r => r.FormVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.RespondentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.SubjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.Key).IsUnique();
        builder.HasIndex(r => new { r.OriginKind, r.OriginId });
        builder.HasIndex(r => r.RespondentId);
        builder.HasIndex(r => r.SubjectId);
    }
}

public sealed class FormAnswerConfiguration : IEntityTypeConfiguration<FormAnswer>
{
    public void Configure(EntityTypeBuilder<FormAnswer> builder)
    {
        builder.Property(a => a.QuestionId).HasMaxLength(80);
        builder.Property(a => a.Text).HasMaxLength(AnswerRules.MaxTextLength);
        builder.PrimitiveCollection(a => a.Choices);
        builder.HasOne<FormResponse>().WithMany(r => r.Answers).HasForeignKey(a => a.ResponseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.ResponseId, a.QuestionId }).IsUnique();
    }
}

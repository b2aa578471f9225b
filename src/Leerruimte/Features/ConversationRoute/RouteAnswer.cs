using Leerruimte.Features.People;
using Leerruimte.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerruimte.Features.ConversationRoute;

/// <summary>
/// The organisation's own answer to one of the ten questions of the route of the conversation (reference list
/// <see cref="RouteAnswers.ListId"/>): how it goes here, from registration to evaluation. Keyed by the question's
/// place in the list; the question's text is kept with it, so an answer always shows beside what it answered.
/// </summary>
public sealed class RouteAnswer : IOrganisationOwned
{
    public const int MaxText = 2000, MaxQuestion = 300;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public int Number { get; set; }
    public required string Question { get; set; }
    public required string Text { get; set; }
    /// <summary>Who wrote it last; empty once that person is removed (the answer is the organisation's, it stays).</summary>
    public Guid? UpdatedById { get; set; }
    public DateTime UpdatedAt { get; set; }
}

public sealed class RouteAnswerConfiguration : IEntityTypeConfiguration<RouteAnswer>
{
    public void Configure(EntityTypeBuilder<RouteAnswer> builder)
    {
        builder.Property(a => a.Question).HasMaxLength(RouteAnswer.MaxQuestion);
        builder.Property(a => a.Text).HasMaxLength(RouteAnswer.MaxText);
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.UpdatedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(a => new { a.OrganisationId, a.Number }).IsUnique();
    }
}

using Leerruimte.Data;
using Leerruimte.Infrastructure;
using Leerruimte.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerruimte.Features.Notifications;

/// <summary>
/// One person's weekly digest (verzamelmail) at one moment: the subject of its scheduled job, which sends every
/// message kept for that person until then. Made when the first message of the week is kept, so a week with
/// nothing kept has no digest and sends nothing.
/// </summary>
public sealed class MailDigest : IOrganisationOwned, IHasCreatedAt
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid PersonId { get; set; }
    public DateTime DueAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? SentAt { get; set; }

    public static readonly DayOfWeek Day = DayOfWeek.Monday;
    public static readonly TimeOnly Time = new(7, 0);

    /// <summary>The first Monday 07:00 Dutch time after <paramref name="utc"/>, in UTC: in summer and winter time alike.</summary>
    public static DateTime NextAfter(DateTime utc)
    {
        var today = DateOnly.FromDateTime(DutchTime.ToLocal(utc));
        for (var day = today; ; day = day.AddDays(1))
            if (day.DayOfWeek == Day && DutchTime.TryToUtc(day, Time, out var at) && at > utc) return at;
    }
}

public sealed class MailDigestConfiguration : IEntityTypeConfiguration<MailDigest>
{
    public void Configure(EntityTypeBuilder<MailDigest> builder) => builder.HasIndex(d => new { d.PersonId, d.DueAt });
}

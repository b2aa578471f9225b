using Leerruimte.Data;
using Leerruimte.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerruimte.Features.Meter;

/// <summary>
/// A team's averages on one instrument as last shown, with the group they came from. A new one is published only when
/// the group differs from this one in at least the minimum number of people (<see cref="PublishedAverages"/>), so a
/// watching leader cannot tell one person's scores from a change.
/// </summary>
public sealed class PublishedTeamAverage : IOrganisationOwned, IHasCreatedAt
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid TeamId { get; set; }
    public required string InstrumentId { get; set; }

    /// <summary>Who counted (person ids), and with which measurement each (measurement ids); a new measurement is a change too.</summary>
    public List<Guid> PersonIds { get; set; } = [];
    public List<Guid> MeasurementIds { get; set; } = [];

    public List<PublishedCluster> Clusters { get; set; } = [];
    public DateTime CreatedAt { get; set; }
}

public sealed class PublishedCluster
{
    public required string Title { get; set; }
    public double Average { get; set; }
}

public sealed class PublishedTeamAverageConfiguration : IEntityTypeConfiguration<PublishedTeamAverage>
{
    public void Configure(EntityTypeBuilder<PublishedTeamAverage> builder)
    {
        builder.Property(p => p.InstrumentId).HasMaxLength(100);
        builder.OwnsMany(p => p.Clusters, c => c.ToJson());
        builder.HasIndex(p => new { p.TeamId, p.InstrumentId, p.CreatedAt });
    }
}

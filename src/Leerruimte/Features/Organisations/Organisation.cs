using Leerruimte.Data;

namespace Leerruimte.Features.Organisations;

/// <summary>An organisation (tenant): a municipality's social team or a welfare organisation.</summary>
public sealed class Organisation : IHasCreatedAt
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Name { get; set; }

    /// <summary>Team and cohort aggregates are shown only when at least this many people contributed (<see cref="MinimumGroup"/>).</summary>
    public int MinimumGroupSize { get; set; } = MinimumGroup.Default;

    public DateTime CreatedAt { get; set; }
}

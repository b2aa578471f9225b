using Leerruimte.Data;
using Leerruimte.Tenancy;

namespace Leerruimte.Features.MonthTopics;

/// <summary>
/// A team's topic of the month (thema van de maand): a title, a short text and optionally a module or work form from
/// the catalogue to read with it. One per team and month; the month is the Dutch calendar month.
/// </summary>
public sealed class MonthTopic : IOrganisationOwned, IHasCreatedAt
{
    public const int MaxTitle = 200;
    public const int MaxText = 1000;
    public const int MaxLink = 100;

    /// <summary>How far from this month a topic may be set: catching up on last year, planning the next.</summary>
    public const int MonthsAround = 12;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid TeamId { get; set; }

    /// <summary>The first day of the month the topic is for.</summary>
    public DateOnly Month { get; set; }
    public required string Title { get; set; }
    public string? Text { get; set; }

    /// <summary>A catalogue item as <see cref="CatalogueLink"/> writes it ("module:slug", "werkvorm:slug"), or none.</summary>
    public string? Link { get; set; }
    public DateTime CreatedAt { get; set; }
}

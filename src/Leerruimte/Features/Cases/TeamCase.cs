using Leerruimte.Data;
using Leerruimte.Infrastructure.Privacy;
using Leerruimte.Tenancy;

namespace Leerruimte.Features.Cases;

public enum CaseStatus { Active = 0, Archived = 1 }

/// <summary>
/// A case (casus) a team keeps in its case library (casuïstiek) to consult on: the situation, the question, what the
/// writer wants to learn from it, and tags to find it by. Only that team sees it (<see cref="Teams.TeamAccess"/>).
/// Deleting it deletes its text; a consultation that used it keeps its own outcome.
/// </summary>
public sealed class TeamCase : IOrganisationOwned, IHasCreatedAt
{
    public const int MaxTitle = 200;
    public const int MaxSituation = 4000;
    public const int MaxQuestion = 1000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid TeamId { get; set; }
    public Guid? AuthorId { get; set; }
    public required string Title { get; set; }
    public required string Situation { get; set; }
    public string? Question { get; set; }
    public string? DevelopmentQuestion { get; set; }

    /// <summary>As <see cref="CaseTags.Store"/> writes them: lower case between semicolons, so a tag is found with LIKE.</summary>
    public string Tags { get; set; } = "";
    public CaseStatus Status { get; set; }
    public DateTime? ArchivedAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public List<CaseConfirmation> Confirmations { get; set; } = [];
}

/// <summary>
/// The writer's word that something the privacy guard marked is not identifying (the team's general number, a date
/// that is no birthday): which finding (<see cref="Finding.Key"/>), who said so, when. Kept so it is not asked again.
/// </summary>
public sealed class CaseConfirmation : IOrganisationOwned, IGuardConfirmation
{
    public const int MaxKey = Infrastructure.Privacy.PrivacyGuard.MaxKey;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid CaseId { get; set; }
    public IdentifyingKind Kind { get; set; }
    public required string Key { get; set; }
    public Guid? ConfirmedById { get; set; }
    public DateTime ConfirmedAt { get; set; }
}

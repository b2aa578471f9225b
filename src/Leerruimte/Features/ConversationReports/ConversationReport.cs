using Leerruimte.Infrastructure.Privacy;
using Leerruimte.Tenancy;

namespace Leerruimte.Features.ConversationReports;

/// <summary>
/// A participant's conversation report ("gespreksverslag") on one running case of a cohort: the question and the
/// question behind it, the life domains that matter, network and carer, the ICF view, ending in a support plan.
/// Read by its writer and the cohort's trainer only.
/// </summary>
public sealed class ConversationReport : IOrganisationOwned
{
    public const int MaxText = 2000;
    public const int MaxCaseId = RunningCases.CaseRole.MaxCaseId;
    public const int MaxDomains = 12;
    public const int MaxPlanRows = 20;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid CohortId { get; set; }
    public required string CaseId { get; set; }
    public Guid WriterId { get; set; }
    public string? Question { get; set; }
    public string? QuestionBehind { get; set; }
    public string? Network { get; set; }
    public string? Carer { get; set; }
    public DateTime UpdatedAt { get; set; }
    public List<ReportDomain> Domains { get; set; } = [];
    public List<ReportIcf> Icf { get; set; } = [];
    public List<SupportPlanRow> Plan { get; set; } = [];
    public List<ReportConfirmation> Confirmations { get; set; } = [];
}

/// <summary>One life domain of a report, by its title in the reference list "levensdomeinen".</summary>
public sealed class ReportDomain : IOrganisationOwned
{
    public const int MaxName = 120;
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid ReportId { get; set; }
    public int Position { get; set; }
    public required string Domain { get; set; }
    public string? Wish { get; set; }
    public string? Limitations { get; set; }
    public string? Possibilities { get; set; }
    public string? Phase { get; set; }
}

/// <summary>The report's text for one component of the reference list "icf-componenten".</summary>
public sealed class ReportIcf : IOrganisationOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid ReportId { get; set; }
    public int Position { get; set; }
    public required string Component { get; set; }
    public required string Text { get; set; }
}

/// <summary>One row of the support plan ("ondersteuningsplan"): a goal, the agreement, who does it, when it is reviewed.</summary>
public sealed class SupportPlanRow : IOrganisationOwned
{
    public const int MaxShort = 200;
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid ReportId { get; set; }
    public int Position { get; set; }
    public string? Goal { get; set; }
    public string? Agreement { get; set; }
    public string? Who { get; set; }
    public string? Review { get; set; }
}

/// <summary>A finding of the privacy guard the writer confirmed as not identifying.</summary>
public sealed class ReportConfirmation : IOrganisationOwned, IGuardConfirmation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid ReportId { get; set; }
    public IdentifyingKind Kind { get; set; }
    public required string Key { get; set; }
    public Guid? ConfirmedById { get; set; }
    public DateTime ConfirmedAt { get; set; }
}

/// <summary>The trainer's comment on a report, shown to the writer.</summary>
public sealed class ReportComment : IOrganisationOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid ReportId { get; set; }
    public Guid? AuthorId { get; set; }
    public required string Text { get; set; }
    public DateTime WrittenAt { get; set; }
}

using Leerruimte.Data;
using Leerruimte.Features.Cohorts;
using Leerruimte.Features.Sessions;
using Leerruimte.Tenancy;

namespace Leerruimte.Features.RolePlays;

/// <summary>
/// How a role play runs: as an estafette (the conversation leader changes every few minutes on the trainer's signal) or
/// with subtitles (the trainer stops the conversation and the room says what it thinks, onto the board).
/// </summary>
public enum RolePlayMode { Estafette = 0, Subtitling = 1 }

public enum RolePlayStatus { Preparing = 0, Running = 1, Done = 2 }

/// <summary>The part someone has in one round of a role play.</summary>
public enum RolePlayRole { ConversationLeader = 0, ClientActor = 1, Carer = 2, Observer = 3 }

/// <summary>
/// One round of a role play in a training session (rollenspel): a conversation on a running case, its parts given by
/// the trainer or rotated by the app, and, when the module has one, the observation form every observer fills in per
/// conversation leader. It belongs to the script item of the session where the trainer set it up.
/// </summary>
public sealed class RolePlay : IOrganisationOwned, IHasCreatedAt
{
    public const string OriginKind = "role-play";
    public const int MaxLeaders = 6;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    /// <summary>The cohort of its session, kept here so a leader's rounds across the programme are one query.</summary>
    public Guid CohortId { get; set; }
    public Guid CohortSessionId { get; set; }
    public CohortSession? CohortSession { get; set; }

    /// <summary>The round's number in its training session, from 1.</summary>
    public int Number { get; set; }

    /// <summary>The script item of the session it was set up at.</summary>
    public int StepIndex { get; set; }
    public string? CaseId { get; set; }
    public RolePlayMode Mode { get; set; }

    /// <summary>The module's observation form (its id in the programme pack), or null when the module has none.</summary>
    public string? FormId { get; set; }
    public RolePlayStatus Status { get; set; }

    /// <summary>Which conversation leader has the floor, counted from 0 in their order.</summary>
    public int Turn { get; set; }
    public DateTime? TurnStartedAt { get; set; }

    /// <summary>Subtitling: the trainer stopped the conversation and the room voices its thoughts.</summary>
    public bool Paused { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? EndedAt { get; set; }

    public List<RolePlayPart> Parts { get; set; } = [];

    public Origin Origin => new(OriginKind, Id);

    /// <summary>The conversation leaders in their order.</summary>
    public List<Guid> Leaders => [.. Parts.Where(p => p.Role == RolePlayRole.ConversationLeader).OrderBy(p => p.Order).Select(p => p.PersonId)];

    public Guid? CurrentLeader => Status == RolePlayStatus.Running && Turn < Leaders.Count ? Leaders[Turn] : null;

    public RolePlayRole? RoleOf(Guid personId) => Parts.FirstOrDefault(p => p.PersonId == personId)?.Role;
}

/// <summary>Someone's part in a round; leaders take the floor in <see cref="Order"/>.</summary>
public sealed class RolePlayPart : IOrganisationOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid RolePlayId { get; set; }
    public Guid PersonId { get; set; }
    public RolePlayRole Role { get; set; }
    public int Order { get; set; }
}

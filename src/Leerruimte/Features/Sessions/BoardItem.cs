using Leerruimte.Data;
using Leerruimte.Tenancy;

namespace Leerruimte.Features.Sessions;

/// <summary>
/// A note on the board (flip-over) of a step, in one of its columns and groups. Its id is made by the sending device,
/// so a message sent twice (double tap, reconnect, a note kept while offline) is stored once.
/// </summary>
public sealed class BoardItem : IOrganisationOwned, IHasCreatedAt
{
    public const int MaxLength = 500;

    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid SessionId { get; set; }
    public int StepIndex { get; set; }

    /// <summary>The step's content key (<see cref="ScriptStep.Key"/>: for a meeting the assignment), which notes and groups share.</summary>
    public string? StepKey { get; set; }
    public string? Column { get; set; }
    public int? GroupNumber { get; set; }
    public Guid AuthorId { get; set; }
    public required string Text { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>Written while its step was anonymous: it stays without a name, also if the step is switched back.</summary>
    public bool Anonymous { get; set; }
}

/// <summary>
/// The trace a note leaves when the facilitator takes it off the board: which step, who, when. The note itself is
/// deleted, text and author: it is usually taken off because it should not have been written down (a client's name).
/// </summary>
public sealed class BoardItemRemoval : IOrganisationOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid SessionId { get; set; }
    public int StepIndex { get; set; }
    public Guid? RemovedById { get; set; }
    public DateTime RemovedAt { get; set; }
}

/// <summary>One person's place in the random groups of a step (by its <see cref="ScriptStep.Key"/>).</summary>
public sealed class GroupMember : IOrganisationOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid SessionId { get; set; }
    public required string StepKey { get; set; }
    public int GroupNumber { get; set; }
    public Guid PersonId { get; set; }
}

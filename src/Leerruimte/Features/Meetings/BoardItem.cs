using Leerruimte.Data;
using Leerruimte.Tenancy;

namespace Leerruimte.Features.Meetings;

/// <summary>
/// A note on the shared board (flip-over) of an assignment. Its id is made by the sending device, so a
/// message sent twice (double tap, reconnect) is stored once.
/// </summary>
public sealed class BoardItem : IOrganisationOwned, IHasCreatedAt
{
    public const int MaxLength = 500;

    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid MeetingId { get; set; }
    public int AgendaIndex { get; set; }
    public string? AssignmentId { get; set; }
    public int? GroupNumber { get; set; }
    public Guid AuthorId { get; set; }
    public required string Text { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>One person's place in the random groups of an assignment.</summary>
public sealed class GroupMember : IOrganisationOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid MeetingId { get; set; }
    public required string AssignmentId { get; set; }
    public int GroupNumber { get; set; }
    public Guid PersonId { get; set; }
}

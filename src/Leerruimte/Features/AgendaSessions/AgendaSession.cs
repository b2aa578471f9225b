using Leerruimte.Data;
using Leerruimte.Features.Sessions;
using Leerruimte.Tenancy;

namespace Leerruimte.Features.AgendaSessions;

public enum AgendaSessionStatus { Planned = 0, Running = 1, Closed = 2 }

/// <summary>
/// A team session with its own agenda (teamsessie): a facilitator strings work forms from the catalogue together, each
/// with its minutes, so a team session is not tied to a module. It runs on the live-session kernel; its script is the
/// steps of its items in order (<see cref="AgendaScript"/>). The agenda is fixed once planned, so its script never changes.
/// </summary>
public sealed class AgendaSession : IOrganisationOwned, IHasCreatedAt
{
    public const string Kind = "agenda-session";

    public const int MaxItems = 12;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid TeamId { get; set; }
    public required string Title { get; set; }
    public DateTime StartsAt { get; set; }
    public Guid ChairId { get; set; }

    /// <summary>What an hour here counts as for the register: none unless the planner chose one.</summary>
    public LearningLog.ActivityKind RegisterCategory { get; set; } = LearningLog.ActivityKind.Other;
    public AgendaSessionStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }

    public List<AgendaSessionItem> Items { get; set; } = [];

    public Guid SessionId { get; set; }
    public LiveSession? Session { get; set; }

    public Origin Origin => new(Kind, Id);

    public int Minutes => Items.Sum(i => i.Minutes);
}

/// <summary>One work form on a team session's agenda: the exact pack version it came from, its place and its minutes.</summary>
public sealed class AgendaSessionItem : IOrganisationOwned
{
    public const int MinMinutes = 1;
    public const int MaxMinutes = 240;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid AgendaSessionId { get; set; }
    public int Position { get; set; }
    public Guid PackVersionId { get; set; }
    public required string WorkFormId { get; set; }
    public int Minutes { get; set; }
}

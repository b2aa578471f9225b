using Leerruimte.Data;
using Leerruimte.Features.Sessions;
using Leerruimte.Features.People;
using Leerruimte.Tenancy;

namespace Leerruimte.Features.Actions;

/// <summary>
/// A member's individual action (individuele actie) from a session's host (a meeting today): one concrete action and
/// a self-rating now and after the follow-up period. It is not an assessment: only the owner and the meeting's
/// facilitator see it, unless the owner shares it with the team leader.
/// </summary>
public sealed class PersonalAction : IOrganisationOwned, IHasCreatedAt, IHasOrigin
{
    public const int MaxTextLength = 2000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    /// <summary>What it came from (<see cref="Sessions.Origin"/>): a meeting, later a consultation, board session or training.</summary>
    public string OriginKind { get; set; } = "";
    public Guid OriginId { get; set; }
    public Origin Origin { get => new(OriginKind, OriginId); set => (OriginKind, OriginId) = (value.Kind, value.Id); }
    public Guid PersonId { get; set; }
    public Person? Person { get; set; }

    public required string Text { get; set; }
    public int RatingBefore { get; set; }
    public int? RatingAfter { get; set; }
    public string? WhatIDid { get; set; }
    public string? WhatILearned { get; set; }
    public bool SharedWithLeader { get; set; }

    /// <summary>The owner's development point this action works on, if they linked one.</summary>
    public Guid? DevelopmentPointId { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? FollowUpAnsweredAt { get; set; }

    public List<PdcaCycle> Cycles { get; set; } = [];
}

public enum PdcaDecision { Undecided = 0, NewCycle = 1, Widen = 2, AdoptAsTeam = 3, NextAction = 4, Stop = 5 }

/// <summary>One turn of an experiment (W2): plan, do, check, act. Cycles of one action chain by number.</summary>
public sealed class PdcaCycle : IOrganisationOwned, IHasCreatedAt
{
    public const int MaxFieldLength = 2000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid ActionId { get; set; }
    public int Number { get; set; } = 1;

    public string? PlanWhat { get; set; }
    public string? PlanHow { get; set; }
    public string? PlanExpectation { get; set; }
    public string? PlanCheck { get; set; }
    public string? DoObservations { get; set; }
    public string? CheckResults { get; set; }
    public string? CheckAnalysis { get; set; }
    public bool? CheckExpectationsMet { get; set; }
    public string? CheckLessons { get; set; }
    public PdcaDecision ActDecision { get; set; }
    public string? ActNotes { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

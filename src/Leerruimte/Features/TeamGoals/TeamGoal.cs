using Leerruimte.Data;
using Leerruimte.Tenancy;

namespace Leerruimte.Features.TeamGoals;

public enum GoalStatus { Active = 0, Achieved = 1, Stopped = 2 }

/// <summary>
/// A measurable goal of one team (teamdoel): from a start value to a target value in a unit, optionally by a date.
/// Everyone with a membership in the team sees it and records values; nobody else, not even the organisation's admin.
/// </summary>
public sealed class TeamGoal : IOrganisationOwned, IHasCreatedAt
{
    public const int MaxTitle = 200;
    public const int MaxUnit = 40;
    public const int MaxDescription = 2000;

    /// <summary>Values kept per goal: a weekly value for almost ten years, and a bound on what one team can store.</summary>
    public const int MaxValues = 500;

    /// <summary>Goals per team, stopped and achieved ones included.</summary>
    public const int MaxPerTeam = 200;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid TeamId { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public required string Unit { get; set; }
    public double StartValue { get; set; }
    public double TargetValue { get; set; }
    public DateOnly? TargetDate { get; set; }
    public GoalStatus Status { get; set; }
    public Guid? CreatedById { get; set; }
    public DateTime CreatedAt { get; set; }
    public List<GoalValue> Values { get; set; } = [];
}

/// <summary>A value of a goal on a date (meetwaarde), and who recorded it.</summary>
public sealed class GoalValue : IOrganisationOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid GoalId { get; set; }
    public DateOnly Date { get; set; }
    public double Value { get; set; }
    public Guid? RecordedById { get; set; }
    public DateTime RecordedAt { get; set; }
}

using System.ComponentModel.DataAnnotations;
using Leerruimte.Data;
using Leerruimte.Infrastructure;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.TeamGoals;

/// <summary>Adding a team goal, changing it, and marking it achieved, stopped or active again.</summary>
public sealed class SaveGoal(LeerruimteDb db, TimeProvider clock)
{
    /// <summary>How far ahead a target date may lie: further is a typing error, not a plan.</summary>
    public const int YearsAhead = 10;

    public sealed class Input
    {
        [Required(ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Goal_TitleRequired))]
        [MaxLength(TeamGoal.MaxTitle, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_TooLong))]
        public string? Title { get; set; }

        [MaxLength(TeamGoal.MaxDescription, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_TooLong))]
        public string? Description { get; set; }

        [Required(ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Goal_UnitRequired))]
        [MaxLength(TeamGoal.MaxUnit, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_TooLong))]
        public string? Unit { get; set; }

        [Required(ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Goal_NumberRequired))]
        [MaxLength(GoalNumbers.MaxLength, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Goal_NotANumber))]
        [DutchNumber]
        public string? Start { get; set; }

        [Required(ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Goal_NumberRequired))]
        [MaxLength(GoalNumbers.MaxLength, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Goal_NotANumber))]
        [DutchNumber]
        public string? Target { get; set; }

        public DateOnly? TargetDate { get; set; }

        public static Input From(TeamGoal g) => new()
        {
            Title = g.Title, Description = g.Description, Unit = g.Unit, TargetDate = g.TargetDate,
            Start = GoalNumbers.Format(g.StartValue), Target = GoalNumbers.Format(g.TargetValue),
        };
    }

    /// <summary>The new goal, or the Dutch reason it was not added.</summary>
    public async Task<(TeamGoal? Goal, string? Error)> CreateAsync(Guid teamId, Guid personId, Input input, CancellationToken ct = default)
    {
        if (Check(input, earliest: Today) is { } error) return (null, error);
        if (await db.TeamGoals.CountAsync(g => g.TeamId == teamId, ct) >= TeamGoal.MaxPerTeam) return (null, string.Format(Ui.Goal_TooMany, TeamGoal.MaxPerTeam));
        var goal = new TeamGoal { TeamId = teamId, CreatedById = personId, Title = "", Unit = "" };
        Apply(goal, input);
        db.TeamGoals.Add(goal);
        await db.SaveChangesAsync(ct);
        return (goal, null);
    }

    public async Task<string?> UpdateAsync(TeamGoal goal, Input input, CancellationToken ct = default)
    {
        // A target date that has passed may stay as it was; a new one may not lie in the past.
        var earliest = goal.TargetDate is { } kept && kept < Today ? kept : Today;
        if (Check(input, earliest) is { } error) return error;
        Apply(goal, input);
        await db.SaveChangesAsync(ct);
        return null;
    }

    public async Task<string?> ChangeStatusAsync(TeamGoal goal, GoalStatus status, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(status)) return Ui.Goal_UnknownStatus;
        goal.Status = status;
        await db.SaveChangesAsync(ct);
        return null;
    }

    private DateOnly Today => DutchTime.Today(clock);

    private string? Check(Input input, DateOnly earliest)
    {
        if (GoalNumbers.Parse(input.Start) == GoalNumbers.Parse(input.Target)) return Ui.Goal_TargetEqualsStart;
        var latest = Today.AddYears(YearsAhead);
        if (input.TargetDate is { } date && (date < earliest || date > latest))
            return string.Format(Ui.Goal_TargetDateOutOfRange, GoalTexts.Date(earliest), GoalTexts.Date(latest));
        return null;
    }

    private static void Apply(TeamGoal goal, Input input)
    {
        goal.Title = input.Title!.Trim();
        goal.Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
        goal.Unit = input.Unit!.Trim();
        goal.StartValue = GoalNumbers.Parse(input.Start);
        goal.TargetValue = GoalNumbers.Parse(input.Target);
        goal.TargetDate = input.TargetDate;
    }
}

using System.ComponentModel.DataAnnotations;
using Leerruimte.Data;
using Leerruimte.Features.Teams;
using Leerruimte.Infrastructure;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.TeamGoals;

/// <summary>
/// Recording a value of a goal on a date: any member of the team may, up to <see cref="TeamGoal.MaxValues"/> per goal.
/// A value typed wrongly is taken off by whoever recorded it, or by the team's leader, and recorded again.
/// </summary>
public sealed class RecordGoalValue(LeerruimteDb db, TimeProvider clock)
{
    /// <summary>How far back a value may be dated: catching up on a missed year is fine, a year 1900 is a typing error.</summary>
    public const int YearsBack = 5;

    public sealed class Input
    {
        [Required(ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Goal_ValueDateRequired))]
        public DateOnly? Date { get; set; }

        [Required(ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Goal_NumberRequired))]
        [MaxLength(GoalNumbers.MaxLength, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Goal_NotANumber))]
        [DutchNumber]
        public string? Value { get; set; }
    }

    public async Task<string?> RecordAsync(TeamGoal goal, Guid personId, Input input, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DutchTime.DateOf(now);
        var earliest = today.AddYears(-YearsBack);
        if (input.Date is not { } date || date < earliest || date > today)
            return string.Format(Ui.Goal_ValueDateOutOfRange, GoalTexts.Date(earliest), GoalTexts.Date(today));
        if (await db.GoalValues.CountAsync(v => v.GoalId == goal.Id, ct) >= TeamGoal.MaxValues)
            return string.Format(Ui.Goal_ValuesFull, TeamGoal.MaxValues);
        db.GoalValues.Add(new GoalValue { GoalId = goal.Id, Date = date, Value = GoalNumbers.Parse(input.Value), RecordedById = personId, RecordedAt = now });
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Whether the person leads the goal's team, and so may take off any value.</summary>
    public Task<bool> LeadsTeamAsync(TeamGoal goal, Guid personId, CancellationToken ct = default) => TeamAccess.IsLeaderAsync(db, goal.TeamId, personId, ct);

    public async Task<string?> RemoveAsync(TeamGoal goal, Guid personId, Guid valueId, CancellationToken ct = default)
    {
        var value = await db.GoalValues.FirstOrDefaultAsync(v => v.Id == valueId && v.GoalId == goal.Id, ct);
        if (value is null) return Ui.Goal_ValueGone;
        if (value.RecordedById != personId && !await LeadsTeamAsync(goal, personId, ct)) return Ui.Goal_ValueNotYours;
        db.GoalValues.Remove(value);
        await db.SaveChangesAsync(ct);
        return null;
    }
}

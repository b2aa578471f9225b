using System.ComponentModel.DataAnnotations;
using Leerruimte.Data;
using Leerruimte.Infrastructure;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.TeamGoals;

/// <summary>Recording a value of a goal on a date: any member of the team may, up to <see cref="TeamGoal.MaxValues"/> per goal.</summary>
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
}

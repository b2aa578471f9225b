using System.ComponentModel.DataAnnotations;
using Leerruimte.Data;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Sessions;
using Leerruimte.Features.Teams;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.BoardSessions;

/// <summary>A board session, now or at a set time: anyone in the team may chair it; the chosen people take part.</summary>
public sealed class PlanBoardSession(LeerruimteDb db, ContentCatalogue catalogue, TimeProvider clock)
{
    public sealed class Input
    {
        [Required(ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Plan_DateRequired))]
        public DateOnly? Date { get; set; }

        [Required(ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Plan_TimeRequired))]
        public TimeOnly? Time { get; set; }

        [MaxLength(200, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_TooLong))]
        public string? Place { get; set; }

        public Leerruimte.Features.LearningLog.ActivityKind RegisterCategory { get; set; } = Leerruimte.Features.LearningLog.ActivityKind.Other;
    }

    public sealed record Result(BoardSession? Board, string? Error);

    public async Task<Result> HandleAsync(Guid teamId, Guid chairId, Input input, IReadOnlyCollection<Guid> participants, CancellationToken ct = default)
    {
        if (!await TeamAccess.IsInAsync(db, teamId, chairId, ct)) return new(null, Ui.Case_NotInTeam);
        if (await BoardSessionKind.MethodAsync(catalogue, ct) is not { } method) return new(null, Ui.Board_MethodMissing);
        if (!SessionReflection.Categories.Contains(input.RegisterCategory)) return new(null, Ui.Consultation_CategoryUnknown);
        var people = participants.Append(chairId).ToHashSet();
        if (!await TeamAccess.AllInAsync(db, teamId, people, ct))
            return new(null, Ui.Plan_InviteeNotInTeam);
        var (startsAt, wrongTime) = PlannedStart.Of(input.Date!.Value, input.Time!.Value, clock.GetUtcNow().UtcDateTime);
        if (wrongTime is not null) return new(null, wrongTime);

        var board = new BoardSession
        {
            TeamId = teamId, ChairId = chairId, MethodPackVersionId = method.VersionId, StartsAt = startsAt,
            DurationMinutes = method.Form.Steps.Sum(s => s.Minutes), Place = input.Place?.Trim(), RegisterCategory = input.RegisterCategory,
        };
        BoardSessionKind.Attach(board, people, await JoinCodes.NewAsync(db, ct));
        db.BoardSessions.Add(board);
        await db.SaveChangesAsync(ct);
        return new(board, null);
    }
}

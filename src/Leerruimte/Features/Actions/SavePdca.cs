using System.ComponentModel.DataAnnotations;
using Leerruimte.Data;
using Leerruimte.Infrastructure;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Actions;

/// <summary>
/// The PDCA worksheet of an action (W2). The owner fills one cycle at a time; choosing "new cycle" in Act
/// starts the next cycle, which chains to the previous one by number.
/// </summary>
public sealed class SavePdca(LeerruimteDb db, TimeProvider clock)
{
    public sealed class Input
    {
        private const int Max = PdcaCycle.MaxFieldLength;
        [MaxLength(Max, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_TooLong))] public string? PlanWhat { get; set; }
        [MaxLength(Max, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_TooLong))] public string? PlanHow { get; set; }
        [MaxLength(Max, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_TooLong))] public string? PlanExpectation { get; set; }
        [MaxLength(Max, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_TooLong))] public string? PlanCheck { get; set; }
        [MaxLength(Max, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_TooLong))] public string? DoObservations { get; set; }
        [MaxLength(Max, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_TooLong))] public string? CheckResults { get; set; }
        [MaxLength(Max, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_TooLong))] public string? CheckAnalysis { get; set; }
        public bool? CheckExpectationsMet { get; set; }
        [MaxLength(Max, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_TooLong))] public string? CheckLessons { get; set; }
        [DefinedValue] public PdcaDecision ActDecision { get; set; }
        [MaxLength(Max, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_TooLong))] public string? ActNotes { get; set; }

        public static Input From(PdcaCycle c) => new()
        {
            PlanWhat = c.PlanWhat, PlanHow = c.PlanHow, PlanExpectation = c.PlanExpectation, PlanCheck = c.PlanCheck,
            DoObservations = c.DoObservations, CheckResults = c.CheckResults, CheckAnalysis = c.CheckAnalysis,
            CheckExpectationsMet = c.CheckExpectationsMet, CheckLessons = c.CheckLessons, ActDecision = c.ActDecision, ActNotes = c.ActNotes,
        };
    }

    /// <summary>Only the owner works on their experiment.</summary>
    public Task<PersonalAction?> LoadAsync(Guid actionId, Guid ownerId, CancellationToken ct = default) =>
        db.PersonalActions.Include(a => a.Cycles.OrderBy(c => c.Number))
            .FirstOrDefaultAsync(a => a.Id == actionId && a.PersonId == ownerId, ct);

    /// <summary>Saves the latest cycle; with decision "new cycle" the next one is opened.</summary>
    public async Task<string?> HandleAsync(PersonalAction action, Input input, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(input.ActDecision)) return Ui.Pdca_UnknownDecision;
        var now = clock.GetUtcNow().UtcDateTime;
        var cycle = action.Cycles.OrderBy(c => c.Number).LastOrDefault();
        if (cycle is null)
        {
            cycle = new PdcaCycle { ActionId = action.Id, Number = 1 };
            db.PdcaCycles.Add(cycle);
        }
        Copy(input, cycle);
        cycle.UpdatedAt = now;
        if (input.ActDecision == PdcaDecision.NewCycle)
            db.PdcaCycles.Add(new PdcaCycle { ActionId = action.Id, Number = cycle.Number + 1, PlanWhat = cycle.PlanWhat, UpdatedAt = now });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Ui.Pdca_Conflict; // two tabs started the same next cycle; reloading shows the one that won
        }
        return null;
    }

    private static void Copy(Input i, PdcaCycle c)
    {
        c.PlanWhat = i.PlanWhat?.Trim(); c.PlanHow = i.PlanHow?.Trim(); c.PlanExpectation = i.PlanExpectation?.Trim(); c.PlanCheck = i.PlanCheck?.Trim();
        c.DoObservations = i.DoObservations?.Trim();
        c.CheckResults = i.CheckResults?.Trim(); c.CheckAnalysis = i.CheckAnalysis?.Trim(); c.CheckExpectationsMet = i.CheckExpectationsMet; c.CheckLessons = i.CheckLessons?.Trim();
        c.ActDecision = i.ActDecision; c.ActNotes = i.ActNotes?.Trim();
    }
}

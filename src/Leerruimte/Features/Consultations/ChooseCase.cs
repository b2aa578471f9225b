using Leerruimte.Data;
using Leerruimte.Features.Cases;
using Leerruimte.Features.Sessions;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Consultations;

/// <summary>
/// Chooses the case of a planned consultation nearer the day, and who brings it in: a consultation in the team's
/// rhythm is planned weeks ahead, before anyone knows which case will need the team. Anyone taking part may choose.
/// </summary>
public sealed class ChooseCase(LeerruimteDb db)
{
    public async Task<string?> HandleAsync(Guid consultationId, Guid me, Guid? caseId, Guid? bringerId, CancellationToken ct = default)
    {
        var c = await db.CaseConsultations.Include(x => x.Session!).ThenInclude(s => s.Participants).FirstOrDefaultAsync(x => x.Id == consultationId, ct);
        if (c is null || !IsIn(c, me)) return Ui.Board_NoAccess;
        if (c.Status == ConsultationStatus.Cancelled) return Ui.Consultation_NotPlannedAnyMore;
        if (c.Status != ConsultationStatus.Planned) return Ui.Consultation_CaseFixed;
        if (caseId is { } id && !await db.TeamCases.AnyAsync(k => k.Id == id && k.TeamId == c.TeamId && k.Status == CaseStatus.Active, ct))
            return Ui.Consultation_CaseUnknown;
        if (bringerId is { } b && !IsIn(c, b)) return Ui.Consultation_BringerNotIn;
        (c.CaseId, c.CaseChosen, c.CaseBringerId) = (caseId, caseId is not null, bringerId);
        await db.SaveChangesAsync(ct);
        return null;
    }

    private static bool IsIn(CaseConsultation c, Guid person) => c.ChairId == person || c.Session!.Participants.Any(p => p.PersonId == person);
}

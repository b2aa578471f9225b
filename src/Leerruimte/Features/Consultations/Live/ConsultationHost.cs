using Leerruimte.Data;
using Leerruimte.Features.Cases;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.WorkForms;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Consultations;

/// <summary>What the consultation's screens show beside the session: the consultation, its method, its case (while it exists).</summary>
public sealed record ConsultationHost(CaseConsultation Consultation, WorkForm? Method, TeamCase? Case)
{
    public static async Task<ConsultationHost> LoadAsync(IServiceProvider services, Guid consultationId)
    {
        var db = services.GetRequiredService<LeerruimteDb>();
        var consultation = await db.CaseConsultations.AsNoTracking().SingleAsync(c => c.Id == consultationId);
        var method = await ConsultationMethod.OfAsync(services.GetRequiredService<ContentCatalogue>(), consultation);
        var theCase = consultation.CaseId is { } id ? await db.TeamCases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id) : null;
        return new(consultation, method, theCase);
    }
}

using Leerruimte.Data;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.TrainingProgrammes;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Cohorts.Live;

/// <summary>What a training session's screens show beside the session: the session, its cohort, the module and its script.</summary>
public sealed record TrainingHost(CohortSession Session, Cohort Cohort, TrainingProgrammePack Programme, TrainingModule Module)
{
    public string Title => CohortInvitations.ModuleTitle(Programme, Module.Number);

    public ScriptItem? Item(int index) => Module.Script.ElementAtOrDefault(index);

    public static async Task<TrainingHost?> LoadAsync(IServiceProvider services, Guid sessionId)
    {
        var db = services.GetRequiredService<LeerruimteDb>();
        var session = await db.CohortSessions.AsNoTracking().Include(s => s.Cohort).FirstOrDefaultAsync(s => s.Id == sessionId);
        if (session?.Cohort is not { } cohort) return null;
        var programme = await services.GetRequiredService<ContentCatalogue>().ByVersionIdAsync<TrainingProgrammePack>(cohort.ProgrammeVersionId);
        return programme?.FindModule(session.Module) is { } module ? new(session, cohort, programme, module) : null;
    }
}

using Leerruimte.Data;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.ConversationRoute;
using Leerruimte.Features.TrainingProgrammes;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Cohorts.Live;

/// <summary>What a training session's screens show beside the session: the session, its cohort, the module and its script.</summary>
public sealed record TrainingHost(CohortSession Session, Cohort Cohort, TrainingProgrammePack Programme, TrainingModule Module,
    IReadOnlyList<RouteAnswers.Row> Route)
{
    public string Title => CohortInvitations.ModuleTitle(Programme, Module.Number);

    public ScriptItem? Item(int index) => Module.Script.ElementAtOrDefault(index);

    /// <summary>Whether this activity goes through the route questions, so the screens show the organisation's answers.</summary>
    public bool ShowsRoute(int index) => Item(index)?.WorkForm == RouteAnswers.ListId && Route.Count > 0;

    /// <summary>Whether this activity is a role play (<see cref="RolePlays.RolePlayScreen.ModeOf"/>), so the console shows its panel.</summary>
    public bool IsRolePlay(int index) => RolePlays.RolePlayScreen.ModeOf(Item(index)?.WorkForm) is not null;

    /// <summary>Whether the agreements for after the training are made in this session (the last module's).</summary>
    public bool HasAgreements => Programme.HasAgreementsIn(Module.Number);

    public bool HasRolePlays => Module.Script.Any(i => RolePlays.RolePlayScreen.ModeOf(i.WorkForm) is not null);

    public static async Task<TrainingHost?> LoadAsync(IServiceProvider services, Guid sessionId)
    {
        var db = services.GetRequiredService<LeerruimteDb>();
        var session = await db.CohortSessions.AsNoTracking().Include(s => s.Cohort).FirstOrDefaultAsync(s => s.Id == sessionId);
        if (session?.Cohort is not { } cohort) return null;
        var programme = await services.GetRequiredService<ContentCatalogue>().ByVersionIdAsync<TrainingProgrammePack>(cohort.ProgrammeVersionId);
        if (programme?.FindModule(session.Module) is not { } module) return null;
        var route = module.Script.Any(i => i.WorkForm == RouteAnswers.ListId) ? await services.GetRequiredService<RouteAnswers>().LoadAsync() : [];
        return new(session, cohort, programme, module, route);
    }
}

using Leerruimte.Data;
using Leerruimte.Features.Cohorts;
using Leerruimte.Features.People;
using Leerruimte.Features.RunningCases;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.RolePlays;

/// <summary>
/// The role plays of one training session as its screens show them: every round with its parts, the round on now (the
/// last that is not done, else the last one, whose forms are still to fill in), the names and the cases' titles.
/// </summary>
public sealed record RolePlayScreen(IReadOnlyList<RolePlay> Rounds, IReadOnlyDictionary<Guid, string> Names, IReadOnlyList<RunningCase> Cases)
{
    public static readonly RolePlayScreen None = new([], new Dictionary<Guid, string>(), []);

    /// <summary>The work forms of a script item that make it a role play, and the mode each starts in.</summary>
    public static RolePlayMode? ModeOf(string? workForm) => workForm switch
    {
        "estafette-rollenspel" or "casus-oefenen-acteur-mantelzorger" => RolePlayMode.Estafette,
        "ondertitelen-rollenspel" => RolePlayMode.Subtitling,
        _ => null,
    };

    public RolePlay? Current => Rounds.LastOrDefault(r => r.Status != RolePlayStatus.Done) ?? Rounds.LastOrDefault();

    public string Name(Guid person) => Names.TryGetValue(person, out var name) ? name : "";

    public string? CaseTitle(RolePlay round) => Cases.FirstOrDefault(c => c.Id == round.CaseId)?.Title;

    /// <summary>The role plays of a training session's screens; none when its module has no role play.</summary>
    public static Task<RolePlayScreen> OfAsync(IServiceProvider services, Cohorts.Live.TrainingHost? host) =>
        host is { HasRolePlays: true } ? LoadAsync(services, host.Cohort, host.Session.Id) : Task.FromResult(None);

    public static async Task<RolePlayScreen> LoadAsync(IServiceProvider services, Cohort cohort, Guid cohortSessionId, CancellationToken ct = default)
    {
        var db = services.GetRequiredService<LeerruimteDb>();
        var rounds = await db.RolePlays.AsNoTracking().Include(r => r.Parts).Where(r => r.CohortSessionId == cohortSessionId)
            .OrderBy(r => r.Number).ToListAsync(ct);
        var people = rounds.SelectMany(r => r.Parts).Select(p => p.PersonId).Distinct().ToList();
        var names = people.Count == 0 ? [] : await db.Users.Where(p => people.Contains(p.Id)).DisplayNamesAsync(ct);
        var cases = await services.GetRequiredService<CohortCases>().CasesOfAsync(cohort.ProgrammeId, ct);
        return new(rounds, names, cases);
    }
}

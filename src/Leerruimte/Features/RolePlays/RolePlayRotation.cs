using Leerruimte.Data;
using Leerruimte.Features.Cohorts;
using Leerruimte.Features.RunningCases;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.RolePlays;

/// <summary>
/// Parts given fairly across the cohort, for the trainer to take or change: the client and the carer as the trainer gave
/// them for the case (else whoever played the client least, among them who led most, so the floor goes to the others), the conversation leaders those present who led least so
/// far in the whole training (who led longest ago first, then by lot), everyone else present observes.
/// </summary>
public sealed class RolePlayRotation(LeerruimteDb db)
{
    public const int EstafetteLeaders = 3;

    public async Task<RunRolePlay.Setup> SuggestAsync(Guid cohortSessionId, string? caseId, RolePlayMode mode, Random? random = null, CancellationToken ct = default)
    {
        random ??= Random.Shared;
        var host = await db.CohortSessions.AsNoTracking().Include(s => s.Cohort).Include(s => s.Session!).ThenInclude(s => s.Participants)
            .SingleAsync(s => s.Id == cohortSessionId, ct);
        var present = host.Session!.Participants.Where(p => p.Present && p.PersonId != host.Cohort!.TrainerId).Select(p => p.PersonId).ToList();
        if (present.Count == 0) present = [.. host.Session.Participants.Select(p => p.PersonId).Where(p => p != host.Cohort!.TrainerId)];
        var history = await HistoryAsync(host.CohortId, ct);
        var lot = present.ToDictionary(p => p, _ => random.Next());

        var roles = await db.CaseRoles.AsNoTracking().Where(r => r.CohortId == host.CohortId && r.CaseId == caseId).ToListAsync(ct);
        var actor = Given(roles, CasePart.ClientActor, present)
            ?? present.OrderBy(p => Times(history, p, RolePlayRole.ClientActor)).ThenByDescending(p => Times(history, p, RolePlayRole.ConversationLeader))
                .ThenBy(p => lot[p]).Cast<Guid?>().FirstOrDefault();
        var carer = Given(roles, CasePart.Carer, present);
        var others = present.Where(p => p != actor && p != carer).ToList();
        var wanted = mode == RolePlayMode.Subtitling ? 1 : Math.Clamp(others.Count - 1, 2, EstafetteLeaders);
        var leaders = others
            .OrderBy(p => Times(history, p, RolePlayRole.ConversationLeader))
            .ThenBy(p => history.Where(h => h.PersonId == p && h.Role == RolePlayRole.ConversationLeader).Select(h => (DateTime?)h.At).Max() ?? DateTime.MinValue)
            .ThenBy(p => lot[p])
            .Take(wanted).ToList();
        return new(caseId, mode, leaders, actor, carer, [.. others.Except(leaders)]);
    }

    private sealed record Played(Guid PersonId, RolePlayRole Role, DateTime At);

    private Task<List<Played>> HistoryAsync(Guid cohortId, CancellationToken ct) =>
        db.RolePlayParts.Join(db.RolePlays.Where(r => r.CohortId == cohortId), p => p.RolePlayId, r => r.Id, (p, r) => new Played(p.PersonId, p.Role, r.CreatedAt))
            .ToListAsync(ct);

    private static int Times(List<Played> history, Guid person, RolePlayRole role) => history.Count(h => h.PersonId == person && h.Role == role);

    private static Guid? Given(List<CaseRole> roles, CasePart part, List<Guid> present) =>
        roles.FirstOrDefault(r => r.Part == part && present.Contains(r.PersonId))?.PersonId;
}

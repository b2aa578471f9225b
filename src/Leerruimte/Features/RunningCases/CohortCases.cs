using Leerruimte.Data;
using Leerruimte.Features.Cohorts;
using Leerruimte.Features.Cohorts.Live;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.RunningCases;

/// <summary>
/// The running cases of a cohort as one person may see them (<see cref="RoleCardVisibility"/>): the trainer everything;
/// whoever plays a case's client or carer their card; everyone the stages the trainer released. The coordinator who
/// commissioned the training reads as a participant does. The trainer releases stages and gives the parts.
/// </summary>
public sealed class CohortCases(LeerruimteDb db, ContentCatalogue catalogue, TrainingScreens screens, TimeProvider clock)
{
    public sealed record CaseView(RunningCase Case, CasePart Part, VisibleCase Visible, IReadOnlySet<string> Released, Guid? ClientActor, Guid? Carer);

    public sealed record Loaded(Cohort Cohort, bool Trains, IReadOnlyList<CaseView> Cases);

    /// <summary>The cohort's cases for this person, or null when they are not in the cohort.</summary>
    public async Task<Loaded?> LoadAsync(Guid cohortId, Guid personId, CancellationToken ct = default)
    {
        if (await CohortAccess.PartAsync(db, cohortId, personId, ct) == CohortAccess.Part.None) return null;
        var cohort = await db.Cohorts.AsNoTracking().Include(c => c.Participants).ThenInclude(p => p.Person).SingleAsync(c => c.Id == cohortId, ct);
        var trains = cohort.TrainerId == personId;
        var roles = await db.CaseRoles.AsNoTracking().Where(r => r.CohortId == cohortId).ToListAsync(ct);
        var released = (await db.StageReleases.AsNoTracking().Where(r => r.CohortId == cohortId).Select(r => new { r.CaseId, r.StageId }).ToListAsync(ct))
            .ToLookup(r => r.CaseId, r => r.StageId);
        var views = (await CasesOfAsync(cohort.ProgrammeId, ct)).Select(c =>
        {
            var part = trains ? CasePart.Trainer : PartOf(roles, c.Id!, personId);
            var open = released[c.Id!].ToHashSet();
            return new CaseView(c, part, RoleCardVisibility.For(c, part, open), open, Player(roles, c.Id!, CasePart.ClientActor), Player(roles, c.Id!, CasePart.Carer));
        }).ToList();
        return new Loaded(cohort, trains, views);
    }

    /// <summary>The trainer releases one stage of a case; releasing it again changes nothing.</summary>
    public async Task<string?> ReleaseAsync(Guid cohortId, Guid trainerId, string? caseId, string? stageId, CancellationToken ct = default)
    {
        if (await TrainedAsync(cohortId, trainerId, ct) is not { } cohort) return Ui.Cases_OnlyTrainer;
        var found = (await CasesOfAsync(cohort.ProgrammeId, ct)).FirstOrDefault(c => c.Id == caseId);
        if (found?.Stages.FirstOrDefault(s => s.Id == stageId) is null) return Ui.Cases_StageUnknown;
        if (await db.StageReleases.AnyAsync(r => r.CohortId == cohortId && r.CaseId == caseId && r.StageId == stageId, ct)) return null;
        db.StageReleases.Add(new StageRelease { CohortId = cohortId, CaseId = caseId!, StageId = stageId!, ReleasedAt = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(ct);
        await screens.CohortChangedAsync(cohortId, ct); // phones in a running session show the stage at once
        return null;
    }

    /// <summary>The trainer gives the client's and the carer's part of a case, each to a participant or to nobody, in one go.</summary>
    public async Task<string?> AssignAsync(Guid cohortId, Guid trainerId, string? caseId, Guid? clientActor, Guid? carer, CancellationToken ct = default)
    {
        if (await TrainedAsync(cohortId, trainerId, ct) is not { } cohort) return Ui.Cases_OnlyTrainer;
        if ((await CasesOfAsync(cohort.ProgrammeId, ct)).All(c => c.Id != caseId)) return Ui.Cases_StageUnknown;
        if (clientActor is not null && clientActor == carer) return Ui.Cases_OnePartEach;
        Guid[] chosen = [.. new[] { clientActor, carer }.OfType<Guid>()];
        if (await db.CohortParticipants.CountAsync(x => x.CohortId == cohortId && chosen.Contains(x.PersonId), ct) != chosen.Length) return Ui.Cases_NotAParticipant;
        db.CaseRoles.RemoveRange(await db.CaseRoles.Where(r => r.CohortId == cohortId && r.CaseId == caseId).ToListAsync(ct));
        if (clientActor is { } client) db.CaseRoles.Add(new CaseRole { CohortId = cohortId, CaseId = caseId!, Part = CasePart.ClientActor, PersonId = client });
        if (carer is { } c) db.CaseRoles.Add(new CaseRole { CohortId = cohortId, CaseId = caseId!, Part = CasePart.Carer, PersonId = c });
        await db.SaveChangesAsync(ct);
        await screens.CohortChangedAsync(cohortId, ct); // a new player finds their card on their phone
        return null;
    }

    private Task<Cohort?> TrainedAsync(Guid cohortId, Guid trainerId, CancellationToken ct) =>
        db.Cohorts.FirstOrDefaultAsync(c => c.Id == cohortId && c.TrainerId == trainerId, ct);

    private static CasePart PartOf(List<CaseRole> roles, string caseId, Guid personId) =>
        roles.FirstOrDefault(r => r.CaseId == caseId && r.PersonId == personId)?.Part ?? CasePart.Participant;

    private static Guid? Player(List<CaseRole> roles, string caseId, CasePart part) =>
        roles.FirstOrDefault(r => r.CaseId == caseId && r.Part == part)?.PersonId;

    /// <summary>The cases of the newest running-cases pack for this programme (own packs before shipped ones).</summary>
    public async Task<IReadOnlyList<RunningCase>> CasesOfAsync(string programmeId, CancellationToken ct = default)
    {
        foreach (var summary in (await catalogue.LatestAsync<RunningCasePack>(ct)).OrderBy(s => s.IsShipped))
            if (await catalogue.ByVersionIdAsync<RunningCasePack>(summary.VersionId, ct) is { } pack && pack.Programme == programmeId) return pack.Cases;
        return [];
    }
}

using Leerruimte.Data;
using Leerruimte.Features.Cohorts;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Forms;
using Leerruimte.Features.RunningCases;
using Leerruimte.Features.TrainingProgrammes;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.RolePlays;

/// <summary>
/// A participant's feedback over the whole programme: every round they led, per form used in more than one round the
/// observers' counts side by side, and per module the share of what the observers saw. Only the participant, or the
/// cohort's trainer for one of its participants.
/// </summary>
public sealed class ObservationProgress(LeerruimteDb db, ContentCatalogue catalogue, CohortCases cases)
{
    /// <summary>A round the participant led; <see cref="Shown"/> says whether the observers' answers may be shown (minimum group).</summary>
    public sealed record Led(RolePlay Round, int Module, DateTime StartsAt, string ModuleTitle, string? CaseTitle, ObservationForm? Form,
        IReadOnlyList<FormResponse> Observers, bool Shown);

    public sealed record FormAcross(ObservationForm Form, IReadOnlyList<Led> Rounds);

    public sealed record ModuleShare(string ModuleTitle, ObservationForm Form, int? Percent, int Responses);

    public sealed record View(Cohort Cohort, Guid ParticipantId, string ParticipantName, bool ForTrainer, IReadOnlyList<Led> Rounds,
        IReadOnlyList<FormAcross> Across, IReadOnlyList<ModuleShare> Shares);

    public async Task<View?> LoadAsync(Guid cohortId, Guid personId, Guid? participantId, CancellationToken ct = default)
    {
        var cohort = await db.Cohorts.AsNoTracking().Include(c => c.Participants).FirstOrDefaultAsync(c => c.Id == cohortId, ct);
        if (cohort is null) return null;
        var participant = participantId ?? personId;
        if (cohort.Participants.All(p => p.PersonId != participant)) return null;
        if (participant != personId && cohort.TrainerId != personId) return null;
        var programme = await catalogue.ByVersionIdAsync<TrainingProgrammePack>(cohort.ProgrammeVersionId, ct);
        if (programme is null) return null;

        var rounds = await db.RolePlays.AsNoTracking().Include(r => r.Parts).Include(r => r.CohortSession)
            .Where(r => r.CohortId == cohortId && r.Status != RolePlayStatus.Preparing
                && r.Parts.Any(p => p.PersonId == participant && p.Role == RolePlayRole.ConversationLeader))
            .AsSplitQuery().ToListAsync(ct);
        var responses = await ObservationForms.SubmittedAsync(db, [.. rounds.Select(r => r.Id)], participant, ct);
        var k = await Organisations.MinimumGroup.SizeAsync(db, ct);
        var caseList = await cases.CasesOfAsync(cohort.ProgrammeId, ct);
        var led = rounds.OrderBy(r => r.CohortSession!.StartsAt).ThenBy(r => r.Number).Select(round =>
        {
            var form = programme.ObservationForms.FirstOrDefault(f => f.Id == round.FormId);
            var observers = responses.Where(r => r.OriginId == round.Id && form is not null && r.FormKey == ObservationForms.FormKey(form.Id!)
                && round.RoleOf(r.RespondentId) == RolePlayRole.Observer).ToList();
            var module = round.CohortSession!.Module;
            return new Led(round, module, round.CohortSession.StartsAt, CohortInvitations.ModuleTitle(programme, module),
                round.CaseId is { } id ? caseList.FirstOrDefault(c => c.Id == id)?.Title ?? id : null, form, observers,
                ObservationTally.MayShow(observers.Count, k, cohort.NamesObservers));
        }).ToList();

        var across = led.Where(l => l.Form is not null).GroupBy(l => l.Form!.Id).Where(g => g.Count() > 1)
            .Select(g => new FormAcross(g.First().Form!, [.. g])).ToList();
        var shares = led.Where(l => l.Form is not null).GroupBy(l => (l.Module, l.Form!.Id)).Select(g =>
        {
            List<FormResponse> counted = [.. g.Where(l => l.Shown).SelectMany(l => l.Observers)];
            return new ModuleShare(g.First().ModuleTitle, g.First().Form!, ObservationTally.SharePercent(g.First().Form!, counted), counted.Count);
        }).ToList();
        var name = await db.Users.Where(p => p.Id == participant).Select(p => p.DisplayName).FirstOrDefaultAsync(ct) ?? "";
        return new View(cohort, participant, name, participant != personId, led, across, shares);
    }
}

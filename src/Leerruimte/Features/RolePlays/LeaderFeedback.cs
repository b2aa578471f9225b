using Leerruimte.Data;
using Leerruimte.Features.Cohorts;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Forms;
using Leerruimte.Features.RunningCases;
using Leerruimte.Features.TrainingProgrammes;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.RolePlays;

/// <summary>
/// The combined feedback on one conversation leader in one round, for that leader and the cohort's trainer only: their own
/// view, the client actor's and the carer's, and the observers' answers counted (submitted forms only, never averaged).
/// </summary>
public sealed class LeaderFeedback(LeerruimteDb db, ContentCatalogue catalogue, CohortCases cases)
{
    public sealed record Remark(string Text, string? Observer);

    public sealed record View(RolePlay Round, Cohort Cohort, int Module, string ModuleTitle, string? CaseTitle, ObservationForm Form, Guid LeaderId,
        string LeaderName, bool ForLeader, FormResponse? Own, FormResponse? Client, FormResponse? Carer, bool HasCarer,
        IReadOnlyList<FormResponse> Observers, int ObserverCount, bool ShowObservers, int MinimumGroup, IReadOnlyList<Remark> Remarks)
    {
        public FormDefinition Definition { get; } = Form.Definition();
    }

    public async Task<View?> LoadAsync(Guid roundId, Guid leaderId, Guid personId, CancellationToken ct = default)
    {
        var round = await db.RolePlays.AsNoTracking().Include(r => r.Parts).Include(r => r.CohortSession!).ThenInclude(s => s.Cohort)
            .FirstOrDefaultAsync(r => r.Id == roundId, ct);
        if (round?.FormId is null || !round.Leaders.Contains(leaderId)) return null;
        var cohort = round.CohortSession!.Cohort!;
        if (personId != leaderId && cohort.TrainerId != personId) return null;
        var programme = await catalogue.ByVersionIdAsync<TrainingProgrammePack>(cohort.ProgrammeVersionId, ct);
        if (programme?.ObservationForms.FirstOrDefault(f => f.Id == round.FormId) is not { } form) return null;

        var responses = (await ObservationForms.SubmittedAsync(db, [round.Id], leaderId, ct)).Where(r => r.FormKey == ObservationForms.FormKey(form.Id!)).ToList();
        FormResponse? Of(RolePlayRole role) => responses.FirstOrDefault(r => round.RoleOf(r.RespondentId) == role && r.RespondentId != leaderId);
        var observers = responses.Where(r => round.RoleOf(r.RespondentId) == RolePlayRole.Observer).ToList();
        var k = await Organisations.MinimumGroup.SizeAsync(db, ct);
        var show = ObservationTally.MayShow(observers.Count, k, cohort.NamesObservers);
        var people = observers.Select(o => o.RespondentId).Append(leaderId).ToList();
        var names = await db.Users.Where(p => people.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName, ct);
        var caseTitle = round.CaseId is { } caseId ? (await cases.CasesOfAsync(cohort.ProgrammeId, ct)).FirstOrDefault(c => c.Id == caseId)?.Title ?? caseId : null;

        return new View(round, cohort, round.CohortSession.Module, CohortInvitations.ModuleTitle(programme, round.CohortSession.Module), caseTitle, form,
            leaderId, names.GetValueOrDefault(leaderId, ""), personId == leaderId,
            responses.FirstOrDefault(r => r.RespondentId == leaderId), Of(RolePlayRole.ClientActor), Of(RolePlayRole.Carer),
            round.Parts.Any(p => p.Role == RolePlayRole.Carer), observers, round.Parts.Count(p => p.Role == RolePlayRole.Observer), show, k,
            show ? Remarks(observers, cohort.NamesObservers, names) : []);
    }

    /// <summary>
    /// The observers' remarks; with names only when the cohort names its observers, else sorted by their text so the order
    /// gives away nobody.
    /// </summary>
    public static IReadOnlyList<Remark> Remarks(IEnumerable<FormResponse> observers, bool named, IReadOnlyDictionary<Guid, string> names)
    {
        var remarks = observers.Select(o => (o.RespondentId, Text: o.AnswerTo(ObservationForm.RemarksId)?.Text))
            .Where(r => !string.IsNullOrWhiteSpace(r.Text)).ToList();
        return named
            ? [.. remarks.Select(r => new Remark(r.Text!, names.GetValueOrDefault(r.RespondentId, ""))).OrderBy(r => r.Observer, StringComparer.CurrentCulture).ThenBy(r => r.Text, StringComparer.Ordinal)]
            : [.. remarks.Select(r => new Remark(r.Text!, null)).OrderBy(r => r.Text, StringComparer.Ordinal)];
    }
}

using Leerruimte.Data;
using Leerruimte.Features.Cohorts;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Forms;
using Leerruimte.Features.TrainingProgrammes;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.RolePlays;

/// <summary>
/// Filling in the round's observation form about one conversation leader, on a phone, during the round or after it: the
/// observers, the client actor and the carer about any leader of the round, a leader about themselves only (their own
/// view). Saved as they go; "Klaar, versturen" submits it, after which the answers no longer change.
/// </summary>
public sealed class ObserveLeader(LeerruimteDb db, ContentCatalogue catalogue, SaveAnswers answers, TimeProvider clock)
{
    public sealed record Context(RolePlay Round, Cohort Cohort, int Module, ObservationForm Form, Guid LeaderId, string LeaderName, Guid RespondentId,
        FormResponse? Response)
    {
        public FormDefinition Definition { get; } = Form.Definition();

        /// <summary>The leader fills in the form about themselves: their own view, shown beside the others' and never counted with them.</summary>
        public bool OwnView => RespondentId == LeaderId;

        public bool Submitted => Response?.SubmittedAt is not null;

        public FormTarget Target => ObservationForms.Target(Cohort, Round, RespondentId, LeaderId);
    }

    public sealed record Outcome(string? Error, IReadOnlyDictionary<string, string> Errors)
    {
        public static Outcome Fail(string error) => new(error, new Dictionary<string, string>());
    }

    /// <summary>The form about this leader for this person, or null (a 404) when they may not fill it in or the round has no form.</summary>
    public async Task<Context?> LoadAsync(Guid roundId, Guid leaderId, Guid personId, CancellationToken ct = default)
    {
        var round = await db.RolePlays.AsNoTracking().Include(r => r.Parts).Include(r => r.CohortSession!).ThenInclude(s => s.Cohort)
            .FirstOrDefaultAsync(r => r.Id == roundId, ct);
        if (round?.FormId is null || !MayFill(round, leaderId, personId)) return null;
        var cohort = round.CohortSession!.Cohort!;
        var programme = await catalogue.ByVersionIdAsync<TrainingProgrammePack>(cohort.ProgrammeVersionId, ct);
        if (programme?.ObservationForms.FirstOrDefault(f => f.Id == round.FormId) is not { } form) return null;
        var leader = await db.Users.Where(p => p.Id == leaderId).Select(p => p.DisplayName).FirstOrDefaultAsync(ct) ?? "";
        var context = new Context(round, cohort, round.CohortSession.Module, form, leaderId, leader, personId, null);
        return context with { Response = await answers.FindAsync(context.Target, ct) };
    }

    /// <summary>Who fills in a form about a leader: the other parts of the round about any leader, a leader about themselves only.</summary>
    public static bool MayFill(RolePlay round, Guid leaderId, Guid personId)
    {
        if (!round.Leaders.Contains(leaderId)) return false;
        return round.RoleOf(personId) switch
        {
            RolePlayRole.Observer or RolePlayRole.ClientActor or RolePlayRole.Carer => true,
            RolePlayRole.ConversationLeader => personId == leaderId,
            _ => false,
        };
    }

    public async Task<Outcome> SaveAsync(Context context, IReadOnlyDictionary<string, IReadOnlyList<string?>> posted, CancellationToken ct = default)
    {
        if (context.Submitted) return Outcome.Fail(Ui.Forms_AlreadySubmitted);
        var saved = await answers.SaveAsync(context.Target, context.Definition, posted, [], ct);
        return new(saved.Error ?? (saved.Errors.Count > 0 ? Ui.Forms_NotAllSaved : null), saved.Errors);
    }

    /// <summary>Saves what was posted, then submits the form; an empty form is not sent.</summary>
    public async Task<Outcome> SubmitAsync(Context context, IReadOnlyDictionary<string, IReadOnlyList<string?>> posted, CancellationToken ct = default)
    {
        var saved = await SaveAsync(context, posted, ct);
        if (saved.Error is not null) return saved;
        var response = await db.FormResponses.FirstOrDefaultAsync(r => r.Key == context.Target.Key, ct);
        if (response is null) return Outcome.Fail(Ui.Observe_NothingYet);
        if (response.SubmittedAt is not null) return Outcome.Fail(Ui.Forms_AlreadySubmitted);
        response.SubmittedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return saved;
    }
}

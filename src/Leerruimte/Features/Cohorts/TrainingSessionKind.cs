using Leerruimte.Data;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Evaluation;
using Leerruimte.Features.Sessions;
using Leerruimte.Features.TrainingProgrammes;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Cohorts;

/// <summary>
/// Training sessions as a kind of live session: the script is the module's timed script in the stored programme
/// version; the reference names that version and module, so it never changes. The trainer runs it.
/// </summary>
public sealed class TrainingSessionKind(LeerruimteDb db, ContentCatalogue catalogue, Scheduling.JobScheduler scheduler) : ISessionKind
{
    public string Kind => CohortSession.Kind;

    public static string ScriptRef(Guid programmeVersionId, int module) => $"{programmeVersionId}/{module}";

    public async Task<SessionScript?> ScriptAsync(string scriptRef, CancellationToken ct) =>
        await ModuleAsync(catalogue, scriptRef, ct) is { } module ? Of(module) : null;

    /// <summary>
    /// Each activity of the module's script is a step with its minutes, breaks included, keyed by module and place; the
    /// closing evaluation board gets its four fields.
    /// </summary>
    public static SessionScript Of(TrainingModule module) =>
        new([.. module.Script.Select((item, i) => new ScriptStep(item.Title!, item.Minutes, $"m{module.Number}:{i + 1}",
            Columns: item.WorkForm == EvaluationBoard.WorkForm ? EvaluationBoard.Step().Columns : []))]);

    public static async Task<TrainingModule?> ModuleAsync(ContentCatalogue catalogue, string scriptRef, CancellationToken ct) =>
        await ProgrammeAsync(catalogue, scriptRef, ct) is ({ } programme, var number) ? programme.FindModule(number) : null;

    /// <summary>The programme version and module number a script reference names; no programme when it does not parse.</summary>
    private static async Task<(TrainingProgrammePack? Programme, int Module)> ProgrammeAsync(ContentCatalogue catalogue, string scriptRef, CancellationToken ct)
    {
        var parts = scriptRef.Split('/');
        if (parts.Length != 2 || !Guid.TryParse(parts[0], out var version) || !int.TryParse(parts[1], out var number)) return (null, 0);
        return (await catalogue.ByVersionIdAsync<TrainingProgrammePack>(version, ct), number);
    }

    public async Task<SessionEntry?> EntryAsync(LiveSession session, CancellationToken ct) =>
        await db.CohortSessions.Where(s => s.Id == session.OriginId).Select(s => (DateTime?)s.StartsAt).FirstOrDefaultAsync(ct) is { } startsAt
            ? new SessionEntry(startsAt, CohortLinks.Phone(session.OriginId)) : null;

    public Task OnStartedAsync(LiveSession session, CancellationToken ct) => Task.CompletedTask;

    /// <summary>Closing the last module schedules the follow-up of the agreements made for after the training.</summary>
    public async Task OnClosedAsync(LiveSession session, CancellationToken ct)
    {
        var (programme, module) = await ProgrammeAsync(catalogue, session.ScriptRef, ct);
        if (programme?.HasAgreementsIn(module) != true) return;
        var startsAt = await db.CohortSessions.Where(s => s.Id == session.OriginId).Select(s => s.StartsAt).SingleAsync(ct);
        await scheduler.ScheduleAsync(Actions.FollowUpReminders.TrainingKind, session.OriginId,
            Actions.FollowUpReminders.DueAt(startsAt, programme.Agreements!.Scale.FollowUpWeeks), ct);
    }

    public static void Attach(CohortSession session, Cohort cohort, IEnumerable<Guid> participants, string joinCode)
    {
        session.Session = LiveSession.For(session.Origin, ScriptRef(cohort.ProgrammeVersionId, session.Module), cohort.TrainerId, participants, joinCode);
        session.SessionId = session.Session.Id;
    }
}

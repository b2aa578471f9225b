using Leerruimte.Data;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Sessions;
using Leerruimte.Features.WorkForms;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Consultations;

/// <summary>
/// Case consultations as a kind of live session: the method's steps are the script (one step per method step, with
/// its minutes); starting and closing move the consultation's status. Phones may join from an hour before the start.
/// </summary>
public sealed class ConsultationSessionKind(LeerruimteDb db, ContentCatalogue catalogue) : ISessionKind
{
    public string Kind => CaseConsultation.Kind;

    public async Task<SessionReflection?> ReflectionAsync(LiveSession session, CancellationToken ct) =>
        await db.CaseConsultations.AsNoTracking().Where(c => c.Id == session.OriginId)
            .Select(c => new SessionReflection(c.RegisterCategory, string.Format(Resources.Ui.Attendance_LogTitle, c.MethodTitle))).FirstOrDefaultAsync(ct);

    public async Task<SessionScript?> ScriptAsync(string scriptRef, CancellationToken ct) =>
        await WorkFormScript.FindAsync(catalogue, scriptRef, ct) is { } method ? WorkFormScript.Of(method) : null;

    public async Task<SessionEntry?> EntryAsync(LiveSession session, CancellationToken ct) =>
        await db.CaseConsultations.Where(h => h.Id == session.OriginId).Select(h => (DateTime?)h.StartsAt).FirstOrDefaultAsync(ct) is { } startsAt
            ? new SessionEntry(startsAt, ConsultationLinks.Phone(session.OriginId)) : null;

    public async Task OnStartedAsync(LiveSession session, CancellationToken ct) => (await Of(session, ct)).Status = ConsultationStatus.Running;

    public async Task OnClosedAsync(LiveSession session, CancellationToken ct)
    {
        var consultation = await Of(session, ct);
        consultation.Status = ConsultationStatus.Closed;
        await TeamActions.TeamActionList.CarryOverAsync(db, consultation.TeamId, consultation.Origin, ct);
    }

    private Task<CaseConsultation> Of(LiveSession session, CancellationToken ct) => db.CaseConsultations.SingleAsync(c => c.Id == session.OriginId, ct);

    /// <summary>The session a new consultation runs on: its chair as facilitator, the chosen people as members.</summary>
    public static void Attach(CaseConsultation consultation, IEnumerable<Guid> participants, string joinCode)
    {
        consultation.Session = LiveSession.For(consultation.Origin, WorkFormScript.Ref(consultation.MethodPackVersionId, consultation.MethodId), consultation.ChairId, participants, joinCode);
        consultation.SessionId = consultation.Session.Id;
    }
}

/// <summary>The methods a team can consult by, and the method of a consultation.</summary>
public static class ConsultationMethod
{
    /// <summary>The work forms marked as consultation methods, in the newest work-forms packs (own packs first).</summary>
    public static Task<List<(Guid VersionId, WorkForm Method)>> AllAsync(ContentCatalogue catalogue, CancellationToken ct = default) =>
        WorkFormScript.NewestAsync(catalogue, w => w.Consultation, ct);

    public static Task<WorkForm?> OfAsync(ContentCatalogue catalogue, CaseConsultation c, CancellationToken ct = default) =>
        WorkFormScript.FindAsync(catalogue, WorkFormScript.Ref(c.MethodPackVersionId, c.MethodId), ct);
}

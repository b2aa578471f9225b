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

    public async Task<SessionScript?> ScriptAsync(string scriptRef, CancellationToken ct) =>
        await ConsultationMethod.FindAsync(catalogue, scriptRef, ct) is { } method ? ConsultationScript.Of(method) : null;

    public async Task<bool> IsOpenBeforeStartAsync(LiveSession session, DateTime now, CancellationToken ct) =>
        await db.CaseConsultations.AsNoTracking().FirstOrDefaultAsync(c => c.Id == session.OriginId, ct) is { } c && now >= c.StartsAt.AddHours(-1);

    public async Task OnStartedAsync(LiveSession session, CancellationToken ct) => (await Of(session, ct)).Status = ConsultationStatus.Running;

    public async Task OnClosedAsync(LiveSession session, CancellationToken ct) => (await Of(session, ct)).Status = ConsultationStatus.Closed;

    private Task<CaseConsultation> Of(LiveSession session, CancellationToken ct) => db.CaseConsultations.SingleAsync(c => c.Id == session.OriginId, ct);

    /// <summary>The session a new consultation runs on: its chair as facilitator, the chosen people as members.</summary>
    public static void Attach(CaseConsultation consultation, IEnumerable<Guid> participants)
    {
        consultation.Session = new LiveSession
        {
            OriginKind = CaseConsultation.Kind, OriginId = consultation.Id, FacilitatorId = consultation.ChairId,
            ScriptRef = ConsultationMethod.Ref(consultation.MethodPackVersionId, consultation.MethodId),
            Participants = participants.Distinct().Select(p => new SessionParticipant { PersonId = p, Role = SessionRole.Member }).ToList(),
        };
        consultation.SessionId = consultation.Session.Id;
    }
}

/// <summary>A method as a script: each of its steps one step on every screen, its board kept per step.</summary>
public static class ConsultationScript
{
    public static SessionScript Of(WorkForm method) =>
        new([.. method.Steps.Select((s, i) => new ScriptStep(s.Title!, s.Minutes, StepKey(method, i)))]);

    public static string StepKey(WorkForm method, int index) => $"{method.Id}:{index + 1}";
}

/// <summary>Where a consultation's method is: a work form in one stored version of a work-forms pack.</summary>
public static class ConsultationMethod
{
    public static string Ref(Guid packVersionId, string methodId) => $"{packVersionId}:{methodId}";

    public static async Task<WorkForm?> FindAsync(ContentCatalogue catalogue, string scriptRef, CancellationToken ct = default)
    {
        var parts = scriptRef.Split(':', 2);
        return parts.Length == 2 && Guid.TryParse(parts[0], out var version) && await catalogue.ByVersionIdAsync<WorkFormPack>(version, ct) is { } pack
            ? pack.WorkForms.FirstOrDefault(w => w.Id == parts[1]) : null;
    }

    /// <summary>The methods a team can consult by: the work forms marked as one, in the newest work-forms packs (own packs first).</summary>
    public static async Task<List<(Guid VersionId, WorkForm Method)>> AllAsync(ContentCatalogue catalogue, CancellationToken ct = default)
    {
        var methods = new List<(Guid, WorkForm)>();
        foreach (var summary in (await catalogue.LatestAsync<WorkFormPack>(ct)).OrderBy(s => s.IsShipped))
            if (await catalogue.ByVersionIdAsync<WorkFormPack>(summary.VersionId, ct) is { } pack)
                methods.AddRange(pack.WorkForms.Where(w => w.Consultation && w.Steps.Count > 0 && methods.All(m => m.Item2.Id != w.Id)).Select(w => (summary.VersionId, w)));
        return methods;
    }

    public static Task<WorkForm?> OfAsync(ContentCatalogue catalogue, CaseConsultation c, CancellationToken ct = default) =>
        FindAsync(catalogue, Ref(c.MethodPackVersionId, c.MethodId), ct);
}

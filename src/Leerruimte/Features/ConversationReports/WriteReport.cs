using Leerruimte.Data;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Infrastructure.Privacy;
using Leerruimte.Resources;

namespace Leerruimte.Features.ConversationReports;

/// <summary>
/// Saving a conversation report: only a participant of the cohort, only names from the reference lists, every text
/// and list bounded, and only once the privacy guard finds nothing the writer has not confirmed. When anything is
/// refused nothing is saved and what was already saved stays as it was.
/// </summary>
public sealed class WriteReport(LeerruimteDb db, ReportAccess access, ContentCatalogue catalogue, TimeProvider clock)
{
    public sealed class DomainInput { public string? Domain { get; set; } public string? Wish { get; set; } public string? Limitations { get; set; } public string? Possibilities { get; set; } public string? Phase { get; set; } }
    public sealed class IcfInput { public string? Component { get; set; } public string? Text { get; set; } }
    public sealed class PlanInput { public string? Goal { get; set; } public string? Agreement { get; set; } public string? Who { get; set; } public string? Review { get; set; } }

    public sealed class Input
    {
        public string? Question { get; set; }
        public string? QuestionBehind { get; set; }
        public string? Network { get; set; }
        public string? Carer { get; set; }
        public List<DomainInput> Domains { get; set; } = [];
        public List<IcfInput> Icf { get; set; } = [];
        public List<PlanInput> Plan { get; set; } = [];

        public static Input From(ConversationReport r) => new()
        {
            Question = r.Question, QuestionBehind = r.QuestionBehind, Network = r.Network, Carer = r.Carer,
            Domains = [.. r.Domains.OrderBy(d => d.Position).Select(d => new DomainInput { Domain = d.Domain, Wish = d.Wish, Limitations = d.Limitations, Possibilities = d.Possibilities, Phase = d.Phase })],
            Icf = [.. r.Icf.OrderBy(c => c.Position).Select(c => new IcfInput { Component = c.Component, Text = c.Text })],
            Plan = [.. r.Plan.OrderBy(p => p.Position).Select(p => new PlanInput { Goal = p.Goal, Agreement = p.Agreement, Who = p.Who, Review = p.Review })],
        };

        public IReadOnlyList<GuardedField> Guarded =>
        [
            new("report-question", Ui.Report_Question, Question), new("report-behind", Ui.Report_QuestionBehind, QuestionBehind),
            new("report-network", Ui.Report_Network, Network), new("report-carer", Ui.Report_Carer, Carer),
            .. Domains.SelectMany((d, i) => new GuardedField[] { new($"domain-{i}-wish", $"{d.Domain}: {Ui.Report_Wish}", d.Wish),
                new($"domain-{i}-limits", $"{d.Domain}: {Ui.Report_Limitations}", d.Limitations), new($"domain-{i}-possible", $"{d.Domain}: {Ui.Report_Possibilities}", d.Possibilities) }),
            .. Icf.Select((c, i) => new GuardedField($"icf-{i}", c.Component ?? "", c.Text)),
            .. Plan.SelectMany((p, i) => new GuardedField[] { new($"plan-{i}-goal", Ui.Report_Goal, p.Goal), new($"plan-{i}-agreement", Ui.Report_Agreement, p.Agreement),
                new($"plan-{i}-who", Ui.Report_Who, p.Who), new($"plan-{i}-review", Ui.Report_Review, p.Review) }),
        ];
    }

    public sealed record Result(ConversationReport? Saved, string? Error = null, IReadOnlyList<GuardedField>? Findings = null);

    public async Task<Result> SaveAsync(Guid cohortId, string caseId, Guid personId, Input input, IReadOnlySet<string> confirmed, CancellationToken ct = default)
    {
        if (!await access.TakesPartAsync(cohortId, personId, ct)) return new(null, Ui.Report_NotParticipant);
        if (await CheckAsync(input, ct) is { } error) return new(null, error);
        var report = await access.MineAsync(cohortId, caseId, personId, ct) ?? new ConversationReport { CohortId = cohortId, CaseId = caseId, WriterId = personId };
        if (PrivacyGuard.Open(input.Guarded, report.Confirmations, confirmed) is { Count: > 0 } findings) return new(null, Ui.Privacy_NotSaved, findings);

        var now = clock.GetUtcNow().UtcDateTime;
        PrivacyGuard.Record(report.Confirmations, input.Guarded, confirmed, f => new ReportConfirmation { Kind = f.Kind, Key = f.Key, ConfirmedById = personId, ConfirmedAt = now });
        Fill(report, input);
        report.UpdatedAt = now;
        if (db.Entry(report).State == Microsoft.EntityFrameworkCore.EntityState.Detached) db.ConversationReports.Add(report);
        await db.SaveChangesAsync(ct);
        return new(report);
    }

    private async Task<string?> CheckAsync(Input input, CancellationToken ct)
    {
        var (domains, phases, icf) = await ReportLists.LoadAsync(catalogue, ct);
        var filled = input.Domains.Where(d => HasText(d.Wish, d.Limitations, d.Possibilities, d.Phase)).ToList();
        var rows = input.Plan.Where(p => HasText(p.Goal, p.Agreement, p.Who, p.Review)).ToList();
        if (filled.Count > ConversationReport.MaxDomains || rows.Count > ConversationReport.MaxPlanRows || input.Icf.Count > icf.Count) return Ui.Report_TooMany;
        if (filled.Any(d => !domains.Contains(d.Domain ?? "")) || filled.DistinctBy(d => d.Domain).Count() != filled.Count) return Ui.Report_UnknownDomain;
        if (filled.Any(d => !string.IsNullOrWhiteSpace(d.Phase) && !phases.Contains(d.Phase))) return Ui.Report_UnknownPhase;
        if (input.Icf.Where(c => HasText(c.Text)).Any(c => !icf.Contains(c.Component ?? ""))) return Ui.Report_UnknownDomain;
        if (input.Guarded.Any(f => f.Text?.Length > ConversationReport.MaxText)
            || rows.Any(p => p.Who?.Length > SupportPlanRow.MaxShort || p.Review?.Length > SupportPlanRow.MaxShort)) return Ui.Validation_TooLong;
        return null;
    }

    private static void Fill(ConversationReport report, Input input)
    {
        report.Question = Clean(input.Question);
        report.QuestionBehind = Clean(input.QuestionBehind);
        report.Network = Clean(input.Network);
        report.Carer = Clean(input.Carer);
        report.Domains.Clear();
        foreach (var (d, i) in input.Domains.Where(d => HasText(d.Wish, d.Limitations, d.Possibilities, d.Phase)).Select((d, i) => (d, i)))
            report.Domains.Add(new ReportDomain { Position = i, Domain = d.Domain!, Wish = Clean(d.Wish), Limitations = Clean(d.Limitations), Possibilities = Clean(d.Possibilities), Phase = Clean(d.Phase) });
        report.Icf.Clear();
        foreach (var (c, i) in input.Icf.Where(c => HasText(c.Text)).Select((c, i) => (c, i)))
            report.Icf.Add(new ReportIcf { Position = i, Component = c.Component!, Text = c.Text!.Trim() });
        report.Plan.Clear();
        foreach (var (p, i) in input.Plan.Where(p => HasText(p.Goal, p.Agreement, p.Who, p.Review)).Select((p, i) => (p, i)))
            report.Plan.Add(new SupportPlanRow { Position = i, Goal = Clean(p.Goal), Agreement = Clean(p.Agreement), Who = Clean(p.Who), Review = Clean(p.Review) });
    }

    private static bool HasText(params string?[] texts) => texts.Any(t => !string.IsNullOrWhiteSpace(t));

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

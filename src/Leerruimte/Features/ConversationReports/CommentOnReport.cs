using Leerruimte.Data;
using Leerruimte.Features.Notifications;
using Leerruimte.Infrastructure;
using Leerruimte.Infrastructure.Privacy;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.ConversationReports;

/// <summary>
/// The trainer of the report's cohort comments on a conversation report; nobody else can (not the writer, not another
/// participant, not the commissioning team leader). The writer is told on the start page (kind "meldingen"), without
/// the comment's text. Comments are read by whoever reads the report, oldest first.
/// </summary>
public sealed class CommentOnReport(LeerruimteDb db, Messages messages, PublicLinks links, TimeProvider clock)
{
    public sealed record Shown(string Author, string Text, DateTime WrittenAt);

    public sealed record Result(ReportComment? Saved, string? Error = null, IReadOnlyList<GuardedField>? Findings = null);

    /// <summary>The comment's field on the page, which the guard's findings point at.</summary>
    public const string CommentField = "comment-text";

    public static string ReportLink(Guid reportId) => $"/trainingen/verslagen/{reportId}";

    /// <summary>Whether this person is the trainer of the report's cohort, and so may comment on it.</summary>
    public Task<bool> MayCommentAsync(Guid reportId, Guid personId, CancellationToken ct = default) =>
        db.ConversationReports.AnyAsync(r => r.Id == reportId && db.Cohorts.Any(c => c.Id == r.CohortId && c.TrainerId == personId), ct);

    /// <summary>
    /// Adds the comment. The identifying-data guard of reports applies: a comment that seems to hold a BSN, an address
    /// or the like is not saved until the trainer rewrites it or confirms, per finding, that it is not real (kept with the report).
    /// </summary>
    public async Task<Result> AddAsync(Guid reportId, Guid trainerId, string? text, IReadOnlySet<string>? confirmed = null, CancellationToken ct = default)
    {
        var report = await db.ConversationReports.Where(r => r.Id == reportId && db.Cohorts.Any(c => c.Id == r.CohortId && c.TrainerId == trainerId))
            .Select(r => new { r.Id, r.WriterId }).FirstOrDefaultAsync(ct);
        if (report is null) return new(null, Ui.ReportComment_NotTrainer);
        if (string.IsNullOrWhiteSpace(text)) return new(null, Ui.ReportComment_Empty);
        var trimmed = text.Trim();
        if (trimmed.Length > ReportCommentConfiguration.MaxComment) return new(null, string.Format(Ui.ReportComment_TooLong, ReportCommentConfiguration.MaxComment));

        confirmed ??= new HashSet<string>();
        GuardedField[] fields = [new(CommentField, Ui.ReportComment_Label, trimmed)];
        var recorded = await db.ReportConfirmations.Where(c => c.ReportId == report.Id).ToListAsync(ct);
        if (PrivacyGuard.Open(fields, recorded, confirmed) is { Count: > 0 } findings) return new(null, Ui.Privacy_NotSaved, findings);
        var now = clock.GetUtcNow().UtcDateTime;
        var added = new List<ReportConfirmation>();
        PrivacyGuard.Record(added, fields, confirmed, f => new ReportConfirmation { ReportId = report.Id, Kind = f.Kind, Key = f.Key, ConfirmedById = trainerId, ConfirmedAt = now });
        db.ReportConfirmations.AddRange(added.Where(a => recorded.All(r => r.Key != a.Key)));

        var comment = new ReportComment { ReportId = report.Id, AuthorId = trainerId, Text = trimmed, WrittenAt = now };
        db.ReportComments.Add(comment);
        await TellWriterAsync(report.WriterId, trainerId, report.Id, ct);
        await db.SaveChangesAsync(ct);
        return new(comment);
    }

    /// <summary>The comments on a report, oldest first, with their author's name; call only after the reader may read the report.</summary>
    public async Task<List<Shown>> OfReportAsync(Guid reportId, CancellationToken ct = default)
    {
        var rows = await db.ReportComments.Where(c => c.ReportId == reportId)
            .Select(c => new { c.Text, c.WrittenAt, c.Id, Author = db.Users.Where(p => p.Id == c.AuthorId).Select(p => p.DisplayName).FirstOrDefault() })
            .ToListAsync(ct);
        return [.. rows.OrderBy(c => c.WrittenAt).ThenBy(c => c.Id).Select(c => new Shown(c.Author ?? Ui.ReportComment_FormerAuthor, c.Text, c.WrittenAt))];
    }

    private async Task TellWriterAsync(Guid writerId, Guid trainerId, Guid reportId, CancellationToken ct)
    {
        var names = await db.Users.Where(p => p.Id == writerId || p.Id == trainerId).Select(p => new { p.Id, p.DisplayName, p.Email }).ToListAsync(ct);
        if (names.FirstOrDefault(p => p.Id == writerId) is not { Email: not null } writer) return;
        var trainer = names.FirstOrDefault(p => p.Id == trainerId)?.DisplayName ?? "";
        var link = ReportLink(reportId);
        await messages.SendAsync(new(writer.Id, writer.DisplayName, writer.Email), new(MessageKind.Notice, string.Format(Ui.Notification_ReportComment, trainer), link,
            string.Format(Ui.Mail_ReportComment_Subject, trainer), string.Format(Ui.Mail_ReportComment_Body, writer.DisplayName, trainer, links.To(link))), ct);
    }
}

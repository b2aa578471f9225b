using Leerruimte.Data;
using Leerruimte.Features.Meetings;
using Leerruimte.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.MonthTopics;

/// <summary>What the topic pages and the team page show; the page has checked that the reader is in the team.</summary>
public sealed class ReadMonthTopics(LeerruimteDb db, TimeProvider clock)
{
    public sealed record MeetingRow(Guid Id, string Title, DateTime StartsAt);

    /// <summary>The month it is now in the Netherlands, as its first day.</summary>
    public DateOnly ThisMonth => SaveMonthTopic.FirstOf(DutchTime.Today(clock));

    /// <summary>The team's topic for this Dutch month, or none.</summary>
    public Task<MonthTopic?> CurrentAsync(Guid teamId, CancellationToken ct = default)
    {
        var month = ThisMonth;
        return db.MonthTopics.AsNoTracking().FirstOrDefaultAsync(t => t.TeamId == teamId && t.Month == month, ct);
    }

    /// <summary>Every topic of the team, the latest month first.</summary>
    public Task<List<MonthTopic>> AllAsync(Guid teamId, CancellationToken ct = default) =>
        db.MonthTopics.AsNoTracking().Where(t => t.TeamId == teamId).OrderByDescending(t => t.Month).ToListAsync(ct);

    /// <summary>The topic, tracked so it can be changed; null when it is not this team's.</summary>
    public Task<MonthTopic?> TopicAsync(Guid teamId, Guid topicId, CancellationToken ct = default) =>
        db.MonthTopics.FirstOrDefaultAsync(t => t.Id == topicId && t.TeamId == teamId, ct);

    /// <summary>The team's meetings that start in the topic's month (Dutch time), cancelled ones left out.</summary>
    public Task<List<MeetingRow>> MeetingsAsync(Guid teamId, DateOnly month, CancellationToken ct = default)
    {
        DutchTime.TryToUtc(month, TimeOnly.MinValue, out var from);
        DutchTime.TryToUtc(month.AddMonths(1), TimeOnly.MinValue, out var until);
        return db.Meetings.AsNoTracking()
            .Where(m => m.TeamId == teamId && m.Status != MeetingStatus.Cancelled && m.StartsAt >= from && m.StartsAt < until)
            .OrderBy(m => m.StartsAt).Select(m => new MeetingRow(m.Id, m.Title, m.StartsAt)).ToListAsync(ct);
    }
}

using Leerruimte.Data;
using Leerruimte.Features.Actions;
using Leerruimte.Features.Development;
using Leerruimte.Features.LearningLog;
using Leerruimte.Features.Meter;
using Leerruimte.Features.Sessions;
using Leerruimte.Features.Teams;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.PersonalData;

/// <summary>Everything of one person, gathered for the readable overview in the export (overzicht.html).</summary>
public sealed record OverviewData(
    DateTime ExportedAt, string Name, string? Email, DateTime Since, List<(string Team, TeamRole Role)> Teams,
    List<OverviewData.ActionRow> Actions, List<Measurements.Loaded> Measurements, List<Measurement> UnknownInstrument,
    List<DevelopmentPoint> Points, List<Reflection> Reflections, List<LearningActivity> Activities,
    List<MyShares.Row> Shares, List<(string Team, DateTime Since)> Consents, List<OverviewData.NoteRow> Notes, OverviewData.KnowledgeRows Knowledge)
{
    public sealed record ActionRow(string? Meeting, DateTime? At, PersonalAction Action);
    public sealed record NoteRow(string? Meeting, DateTime At, string Text);

    /// <summary>The knowledge maps that name this person: the teams they show strengths in, and the topics they are a specialist in.</summary>
    public sealed record KnowledgeRows(List<(string Team, DateTime Since)> Strengths, List<(string Team, string Topic)> Topics);

    /// <summary>Where each activity's evidence file sits in the zip, relative to the overview; filled in while the zip is written.</summary>
    public Dictionary<Guid, string> EvidencePaths { get; } = [];
}

public sealed class PersonalOverview(LeerruimteDb db, Measurements measurements, MyShares shares, TimeProvider clock)
{
    public async Task<OverviewData> CollectAsync(Guid me, CancellationToken ct = default)
    {
        var person = await db.Users.AsNoTracking().Where(p => p.Id == me).Select(p => new { p.DisplayName, p.Email, p.CreatedAt }).SingleAsync(ct);
        var teams = (await db.TeamMemberships.AsNoTracking().Where(m => m.PersonId == me).Select(m => new { m.Team!.Name, m.Role }).ToListAsync(ct))
            .Select(t => (t.Name, t.Role)).OrderBy(t => t.Name).ToList();
        var (known, unknown) = await MeasurementsAsync(me, ct);
        var consents = (await db.MatchConsents.AsNoTracking().Where(c => c.PersonId == me)
            .Join(db.Teams, c => c.TeamId, t => t.Id, (c, t) => new { t.Name, c.CreatedAt }).ToListAsync(ct)).Select(c => (c.Name, c.CreatedAt)).ToList();
        return new OverviewData(clock.GetUtcNow().UtcDateTime, person.DisplayName, person.Email, person.CreatedAt, teams,
            await ActionsAsync(me, ct), known, unknown,
            await db.DevelopmentPoints.AsNoTracking().Include(p => p.History).Where(p => p.PersonId == me).OrderBy(p => p.CreatedAt).ToListAsync(ct),
            await db.Reflections.AsNoTracking().Where(r => r.PersonId == me).OrderBy(r => r.Date).ToListAsync(ct),
            await db.LearningActivities.AsNoTracking().Where(a => a.PersonId == me).OrderBy(a => a.Date).ToListAsync(ct),
            await shares.OfAsync(me, ct), consents, await NotesAsync(me, ct), await KnowledgeAsync(me, ct));
    }

    private async Task<OverviewData.KnowledgeRows> KnowledgeAsync(Guid me, CancellationToken ct)
    {
        var strengths = await db.KnowledgeConsents.AsNoTracking().Where(c => c.PersonId == me)
            .Join(db.Teams, c => c.TeamId, t => t.Id, (c, t) => new { t.Name, c.CreatedAt }).ToListAsync(ct);
        var topics = await db.Specialists.AsNoTracking().Where(s => s.PersonId == me)
            .Join(db.Teams, s => s.TeamId, t => t.Id, (s, t) => new { t.Name, s.Topic }).ToListAsync(ct);
        return new([.. strengths.Select(c => (c.Name, c.CreatedAt)).OrderBy(c => c.Name)], [.. topics.Select(s => (s.Name, s.Topic)).OrderBy(s => s.Name).ThenBy(s => s.Topic)]);
    }

    private async Task<(List<Measurements.Loaded>, List<Measurement>)> MeasurementsAsync(Guid me, CancellationToken ct)
    {
        var all = await db.Measurements.AsNoTracking().Include(m => m.Scores).Where(m => m.PersonId == me).OrderBy(m => m.CreatedAt).ToListAsync(ct);
        var known = new List<Measurements.Loaded>();
        var unknown = new List<Measurement>();
        foreach (var m in all)
        {
            if (await measurements.WithInstrumentAsync(m, ct) is { } loaded) known.Add(loaded);
            else unknown.Add(m);
        }
        return (known, unknown);
    }

    private async Task<List<OverviewData.ActionRow>> ActionsAsync(Guid me, CancellationToken ct)
    {
        var actions = await db.PersonalActions.AsNoTracking().Include(a => a.Cycles).Where(a => a.PersonId == me).OrderBy(a => a.CreatedAt).ToListAsync(ct);
        var ids = actions.Where(a => a.OriginKind == Origin.MeetingKind).Select(a => a.OriginId).ToList();
        var meetings = await db.Meetings.AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => new { m.Title, m.StartsAt }, ct);
        return actions.Select(a => meetings.TryGetValue(a.OriginId, out var m) ? new OverviewData.ActionRow(m.Title, m.StartsAt, a) : new OverviewData.ActionRow(null, null, a)).ToList();
    }

    private async Task<List<OverviewData.NoteRow>> NotesAsync(Guid me, CancellationToken ct) =>
        (await db.BoardItems.AsNoTracking().Where(i => i.AuthorId == me)
            .Select(i => new
            {
                i.Text, i.CreatedAt,
                Meeting = db.LiveSessions.Where(s => s.Id == i.SessionId && s.OriginKind == Origin.MeetingKind)
                    .Join(db.Meetings, s => s.OriginId, m => m.Id, (s, m) => m.Title).FirstOrDefault(),
            })
            .OrderBy(i => i.CreatedAt).ToListAsync(ct))
        .Select(i => new OverviewData.NoteRow(i.Meeting, i.CreatedAt, i.Text)).ToList();
}

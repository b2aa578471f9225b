using Leerruimte.Data;
using Leerruimte.Features.Teams;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Cases;

/// <summary>A team's case library as its members read it: search by text and tag, archived cases apart.</summary>
public sealed class CaseLibrary(LeerruimteDb db)
{
    public const int MaxSearchLength = 200;
    public const int PageSize = 25;

    public sealed record Row(Guid Id, string Title, IReadOnlyList<string> Tags, CaseStatus Status, DateTime UpdatedAt);

    public sealed record Search(string? Text, string? Tag, bool Archived, int Page);

    public async Task<(List<Row> Rows, int Total)> SearchAsync(Guid teamId, Search search, CancellationToken ct = default)
    {
        var status = search.Archived ? CaseStatus.Archived : CaseStatus.Active;
        var cases = db.TeamCases.AsNoTracking().Where(c => c.TeamId == teamId && c.Status == status);
        if (Bounded(search.Text) is { } text)
        {
            var lower = text.ToLowerInvariant();
            cases = cases.Where(c => c.Title.ToLower().Contains(lower) || c.Situation.ToLower().Contains(lower)
                || (c.Question != null && c.Question.ToLower().Contains(lower)) || (c.DevelopmentQuestion != null && c.DevelopmentQuestion.ToLower().Contains(lower))
                || c.Tags.Contains(lower));
        }
        if (Bounded(search.Tag) is { } tag) cases = cases.Where(c => c.Tags.Contains(CaseTags.Pattern(tag)));
        var total = await cases.CountAsync(ct);
        var page = await cases.OrderByDescending(c => c.UpdatedAt).Skip((Math.Max(1, search.Page) - 1) * PageSize).Take(PageSize)
            .Select(c => new { c.Id, c.Title, c.Tags, c.Status, c.UpdatedAt }).ToListAsync(ct);
        return ([.. page.Select(c => new Row(c.Id, c.Title, CaseTags.Read(c.Tags), c.Status, c.UpdatedAt))], total);
    }

    /// <summary>Every tag the team's current cases carry, with how often, most used first.</summary>
    public async Task<List<(string Tag, int Count)>> TagsAsync(Guid teamId, CancellationToken ct = default)
    {
        var stored = await db.TeamCases.AsNoTracking().Where(c => c.TeamId == teamId && c.Status == CaseStatus.Active && c.Tags != "")
            .OrderByDescending(c => c.UpdatedAt).Take(1000).Select(c => c.Tags).ToListAsync(ct);
        return [.. stored.SelectMany(CaseTags.Read).GroupBy(t => t).Select(g => (g.Key, g.Count())).OrderByDescending(t => t.Item2).ThenBy(t => t.Key).Take(40)];
    }

    /// <summary>The case if this person is in its team, with what its writers confirmed; else null.</summary>
    public Task<TeamCase?> FindAsync(Guid caseId, Guid personId, CancellationToken ct = default) =>
        db.TeamCases.Include(c => c.Confirmations).Where(c => TeamAccess.TeamsOf(db, personId).Contains(c.TeamId)).FirstOrDefaultAsync(c => c.Id == caseId, ct);

    private static string? Bounded(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim()[..Math.Min(value.Trim().Length, MaxSearchLength)];
}

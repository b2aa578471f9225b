using Leerruimte.Data;
using Leerruimte.Features.LearningLog;
using Leerruimte.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Declarations;

/// <summary>A professional's own declarations: only the owner's reflection activities are read, so nobody else can produce one.</summary>
public static class DeclarationOf
{
    /// <summary>The years and quarters in which the person has reflection hours, newest first, with those hours: the only periods offered.</summary>
    public static async Task<List<(DeclarationPeriod Period, double Hours)>> PeriodsAsync(LeerruimteDb db, Guid personId, CancellationToken ct = default)
    {
        var rows = await Reflective(db, personId).Select(a => new { a.Date, a.Minutes }).ToListAsync(ct);
        return rows.Select(r => DeclarationPeriod.YearOf(r.Date)).Concat(rows.Select(r => DeclarationPeriod.QuarterOf(r.Date))).Distinct()
            .OrderByDescending(p => p.Year).ThenBy(p => p.Quarter.HasValue).ThenByDescending(p => p.Quarter)
            .Select(p => (p, DutchNumbers.Hours(rows.Where(r => p.Contains(r.Date)).Sum(r => (long)r.Minutes)))).ToList();
    }

    /// <summary>The declaration over one period; null when the person has no reflection hours in it (the page answers 404).</summary>
    public static async Task<RegisterDeclaration?> PeriodAsync(LeerruimteDb db, Guid personId, DeclarationPeriod period, CancellationToken ct = default)
    {
        var (first, last) = (period.First, period.Last);
        var activities = await Reflective(db, personId).Where(a => a.Date >= first && a.Date <= last).ToListAsync(ct);
        if (activities.Count == 0) return null;
        var person = await db.Users.AsNoTracking().Where(p => p.Id == personId).Select(p => new { p.DisplayName, p.RegisterNumber }).SingleAsync(ct);
        return RegisterDeclaration.Of(person.DisplayName, person.RegisterNumber, period, activities);
    }

    /// <summary>For the pages: a period as the address gives it ("2026", "2026-k1"); null when it does not parse or holds nothing.</summary>
    public static async Task<RegisterDeclaration?> KeyAsync(LeerruimteDb db, Guid personId, string? key, CancellationToken ct = default) =>
        DeclarationPeriod.TryParse(key, out var period) ? await PeriodAsync(db, personId, period, ct) : null;

    private static IQueryable<LearningActivity> Reflective(LeerruimteDb db, Guid personId)
    {
        var kinds = RegisterKinds.All.ToList();
        return db.LearningActivities.AsNoTracking().Where(a => a.PersonId == personId && kinds.Contains(a.Kind));
    }
}

using Leerruimte.Authorization;
using Leerruimte.Data;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Cohorts;

/// <summary>Who can be chosen for a cohort: trainers of the organisation, and anyone as participant, with their teams.</summary>
public static class CohortPeople
{
    public sealed record Option(Guid Id, string Name, string? Teams);

    /// <summary>People holding the organisation's trainer role (the users filter keeps it to the organisation).</summary>
    public static IQueryable<Guid> Trainers(LeerruimteDb db) =>
        from person in db.Users
        join userRole in db.UserRoles on person.Id equals userRole.UserId
        join role in db.Roles on userRole.RoleId equals role.Id
        where role.Name == Roles.Trainer
        select person.Id;

    public static Task<bool> IsTrainerAsync(LeerruimteDb db, Guid personId, CancellationToken ct = default) =>
        Trainers(db).AnyAsync(id => id == personId, ct);

    public static async Task<List<Option>> TrainersAsync(LeerruimteDb db, CancellationToken ct = default)
    {
        var trainers = Trainers(db);
        return await db.Users.Where(p => trainers.Contains(p.Id)).OrderBy(p => p.DisplayName)
            .Select(p => new Option(p.Id, p.DisplayName, null)).ToListAsync(ct);
    }

    /// <summary>Everyone of the organisation by name, with the teams they are in, so a cohort can mix teams.</summary>
    public static async Task<List<Option>> EveryoneAsync(LeerruimteDb db, CancellationToken ct = default)
    {
        var people = await db.Users.AsNoTracking().OrderBy(p => p.DisplayName).Select(p => new { p.Id, p.DisplayName }).ToListAsync(ct);
        var teams = (await db.TeamMemberships.AsNoTracking().Select(m => new { m.PersonId, m.Team!.Name }).Distinct().ToListAsync(ct))
            .ToLookup(m => m.PersonId, m => m.Name);
        return [.. people.Select(p => new Option(p.Id, p.DisplayName,
            teams[p.Id].Any() ? string.Join(", ", teams[p.Id].Order(StringComparer.CurrentCulture)) : null))];
    }
}

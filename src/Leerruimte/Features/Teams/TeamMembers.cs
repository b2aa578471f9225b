using Leerruimte.Data;
using Leerruimte.Features.People;
using Leerruimte.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Teams;

/// <summary>Adds and removes people in a team. Their sign-in is refreshed so new roles apply within a minute.</summary>
public sealed class TeamMembers(LeerruimteDb db, UserManager<Person> users)
{
    public async Task<string?> AddAsync(Guid teamId, string email, TeamRole role, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(role)) return Ui.Team_UnknownRole;
        if (!await db.Teams.AnyAsync(t => t.Id == teamId, ct)) return Ui.Team_NotFound;
        var normalized = users.NormalizeEmail(email.Trim());
        var person = await db.Users.FirstOrDefaultAsync(p => p.NormalizedEmail == normalized, ct);
        if (person is null) return string.Format(Ui.Team_PersonUnknown, email.Trim());
        if (await db.TeamMemberships.AnyAsync(m => m.TeamId == teamId && m.PersonId == person.Id && m.Role == role, ct))
            return string.Format(Ui.Team_AlreadyMember, person.DisplayName);

        db.TeamMemberships.Add(new TeamMembership { TeamId = teamId, PersonId = person.Id, Role = role });
        await db.SaveChangesAsync(ct);
        return null;
    }

    public async Task RemoveAsync(Guid teamId, Guid membershipId, CancellationToken ct = default)
    {
        var membership = await db.TeamMemberships
            .FirstOrDefaultAsync(m => m.Id == membershipId && m.TeamId == teamId, ct);
        if (membership is null) return; // already removed: removing twice is not an error
        db.TeamMemberships.Remove(membership);
        await db.SaveChangesAsync(ct);
    }
}

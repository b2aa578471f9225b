using System.ComponentModel.DataAnnotations;
using Leerruimte.Data;
using Leerruimte.Features.Teams;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.KnowledgeMap;

/// <summary>
/// Naming a specialist for a topic, and taking the name off: a member names themselves, a team leader of the team names
/// anyone in it. The page has checked that the one doing it is in the team.
/// </summary>
public sealed class NameSpecialist(LeerruimteDb db)
{
    public sealed class Input
    {
        [Required(ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Specialist_TopicRequired))]
        [StringLength(Specialist.MaxTopic, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_TooLong))]
        public string? Topic { get; set; }

        /// <summary>Who is named; empty means the one filling in the form.</summary>
        public Guid? PersonId { get; set; }
    }

    public Task<bool> IsLeaderAsync(Guid teamId, Guid personId, CancellationToken ct = default) => TeamAccess.IsLeaderAsync(db, teamId, personId, ct);

    /// <summary>Null when named, else the Dutch reason why not.</summary>
    public async Task<string?> NameAsync(Guid teamId, Guid byId, Input input, CancellationToken ct = default)
    {
        var personId = input.PersonId ?? byId;
        if (personId != byId && !await IsLeaderAsync(teamId, byId, ct)) return Ui.Specialist_OnlyLeader;
        if (!await TeamAccess.IsInAsync(db, teamId, personId, ct)) return Ui.Gap_OwnerNotInTeam;
        var topic = input.Topic!.Trim();
        if (await db.Specialists.AnyAsync(s => s.TeamId == teamId && s.PersonId == personId && s.Topic == topic, ct)) return null;
        if (await db.Specialists.CountAsync(s => s.TeamId == teamId, ct) >= Specialist.MaxPerTeam)
            return string.Format(Ui.Specialist_TooMany, Specialist.MaxPerTeam);
        db.Specialists.Add(new Specialist { TeamId = teamId, PersonId = personId, Topic = topic, NamedById = byId });
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Takes a name off: the person named or a team leader; false when it is neither or not this team's.</summary>
    public async Task<bool> RemoveAsync(Guid teamId, Guid byId, Guid specialistId, CancellationToken ct = default)
    {
        var specialist = await db.Specialists.FirstOrDefaultAsync(s => s.Id == specialistId && s.TeamId == teamId, ct);
        if (specialist is null || (specialist.PersonId != byId && !await IsLeaderAsync(teamId, byId, ct))) return false;
        db.Specialists.Remove(specialist);
        await db.SaveChangesAsync(ct);
        return true;
    }
}

using Leerruimte.Authorization;
using Leerruimte.Features.Organisations;
using Leerruimte.Features.People;
using Leerruimte.Features.Teams;
using Microsoft.AspNetCore.Identity;

namespace Leerruimte.Bench.Generator;

public sealed record PlannedTeam(Team Team, Guid Leader, string LeaderEmail, Guid Facilitator, List<Guid> Members);

public sealed record PlannedOrganisation(Organisation Organisation, string AdminEmail, List<PlannedTeam> Teams, List<Guid> People, HashSet<Guid> HeavyUsers);

/// <summary>
/// One organisation with its teams and people: an admin (Identity role), a leader per team or per two or three
/// teams (not a member of them, as in the app), a facilitator and members per team; some members are in a second
/// team, and heavy users in up to three more. Everyone has the one password, hashed once.
/// </summary>
public sealed class Organisations(IRowSink sink, Random random, Ids ids, Guid adminRole, string passwordHash, DateTime since)
{
    private int personNumber;

    public async Task<PlannedOrganisation> WriteAsync(int index, int teams)
    {
        var created = since.AddDays(-random.Next(30, 90));
        var organisation = new Organisation { Id = ids.At(created), Name = Names.Organisation(index), CreatedAt = created };
        await sink.AddAsync(organisation);
        var slug = Names.Slug(index);
        var admin = await PersonAsync(organisation, $"beheer@{slug}.example", Names.Person(random), created);
        await sink.AddAsync(new IdentityUserRole<Guid> { UserId = admin, RoleId = adminRole });

        var people = new List<Guid> { admin };
        var planned = new List<PlannedTeam>();
        (Guid Id, string Email) leader = (Guid.Empty, "");
        var led = 0;
        for (var t = 0; t < teams; t++)
        {
            var team = new Team { Id = ids.At(created.AddDays(t % 30)), OrganisationId = organisation.Id, Name = Names.Team(t), CreatedAt = created.AddDays(t % 30) };
            await sink.AddAsync(team);
            if (t == 0 || led >= 3 || random.NextDouble() < (led == 1 ? 0.6 : 0.9))
            {
                var name = Names.Person(random);
                var email = Email(name, slug);
                leader = (await PersonAsync(organisation, email, name, created), email);
                people.Add(leader.Id);
                led = 0;
            }
            led++;
            await MembershipAsync(organisation, team, leader.Id, TeamRole.TeamLeader);
            var members = new List<Guid>();
            var size = Shape.TeamSize(random);
            for (var m = 0; m < size; m++)
            {
                var name = Names.Person(random);
                var person = await PersonAsync(organisation, Email(name, slug), name, created);
                await MembershipAsync(organisation, team, person, m == 0 ? TeamRole.Facilitator : TeamRole.Member);
                members.Add(person);
                people.Add(person);
            }
            planned.Add(new PlannedTeam(team, leader.Id, leader.Email, members[0], members));
        }
        var heavy = await MoreTeamsAsync(organisation, planned);
        return new PlannedOrganisation(organisation, $"beheer@{slug}.example", planned, people, heavy);
    }

    /// <summary>Six in a hundred members join a second team of their organisation; one in two hundred (heavy users) three more.</summary>
    private async Task<HashSet<Guid>> MoreTeamsAsync(Organisation organisation, List<PlannedTeam> teams)
    {
        var heavy = new HashSet<Guid>();
        if (teams.Count < 2) return heavy;
        var own = teams.ToDictionary(t => t, t => t.Members.Skip(1).ToList()); // not the facilitator, and not those who joined from elsewhere
        foreach (var (team, members) in own)
            foreach (var person in members)
            {
                var draw = random.NextDouble();
                var extra = draw < 0.005 ? 3 : draw < 0.065 ? 1 : 0;
                if (extra == 3) heavy.Add(person);
                foreach (var other in teams.Where(t => t != team).OrderBy(_ => random.Next()).Take(extra))
                {
                    await MembershipAsync(organisation, other.Team, person, TeamRole.Member);
                    other.Members.Add(person);
                }
            }
        return heavy;
    }

    private string Email(string name, string slug) =>
        $"{new string(name.ToLowerInvariant().Where(char.IsAsciiLetter).ToArray())}.{++personNumber}@{slug}.example";

    private async Task<Guid> PersonAsync(Organisation organisation, string email, string name, DateTime created)
    {
        var at = created.AddMinutes(random.Next(0, 60 * 24 * 60));
        var person = new Person
        {
            Id = ids.At(at), OrganisationId = organisation.Id, DisplayName = name, CreatedAt = at,
            UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(), EmailConfirmed = true,
            PasswordHash = passwordHash, SecurityStamp = ids.At(at).ToString("N").ToUpperInvariant(), ConcurrencyStamp = ids.At(at).ToString(), LockoutEnabled = true,
        };
        await sink.AddAsync(person);
        return person.Id;
    }

    private ValueTask MembershipAsync(Organisation organisation, Team team, Guid person, TeamRole role) =>
        sink.AddAsync(new TeamMembership { Id = ids.At(team.CreatedAt), OrganisationId = organisation.Id, TeamId = team.Id, PersonId = person, Role = role });
}

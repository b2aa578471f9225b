using Leerruimte.Authorization;
using Leerruimte.Data;
using Leerruimte.Features.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.Bench.Generator;

/// <summary>What to generate: the share of national scale, the seed and the moment the five years end.</summary>
public sealed record GeneratorSettings(double Scale, int Seed, DateTime Now);

/// <summary>Who to sign in as afterwards (everyone has <see cref="Generation.Password"/>), and how big the largest organisation came out.</summary>
public sealed record Generated(string Admin, Guid Organisation, string Leader, Guid LeadersTeam, int Organisations, int Teams, int People,
    int LargestPeople, int LargestTeams, int LargestMeetings, IReadOnlyDictionary<string, long> Rows);

/// <summary>
/// Generates the national data set into a database the app has migrated and loaded its shipped packs into: organisations
/// one after the other, each with its people, five years of team history and everyone's own log, streamed to the sink.
/// </summary>
public static class Generation
{
    public const string Password = "Leerruimte-bench-1";

    public static async Task<Generated> RunAsync(IServiceProvider services, GeneratorSettings settings, Progress progress)
    {
        var db = services.GetRequiredService<LeerruimteDb>();
        var catalogue = await Catalogue.ReadAsync(services);
        var adminRole = await db.Roles.Where(r => r.Name == Roles.Admin).Select(r => r.Id).SingleAsync();
        var model = db.Model;
        await using IRowSink sink = db.Database.IsNpgsql()
            ? new PostgresSink(db.Database.GetConnectionString()!, model, progress)
            : await SqliteSink.OpenAsync(db.Database.GetConnectionString()!, model, progress);
        var generated = await WriteAsync(sink, catalogue, adminRole, settings, progress);
        await sink.CompleteAsync();
        progress.Phase("analysing");
        await db.Database.ExecuteSqlRawAsync("ANALYZE");
        progress.Done();
        return generated with { Rows = progress.Rows };
    }

    private static async Task<Generated> WriteAsync(IRowSink sink, Catalogue catalogue, Guid adminRole, GeneratorSettings settings, Progress progress)
    {
        var ids = new Ids();
        var now = DateTime.SpecifyKind(settings.Now, DateTimeKind.Utc);
        var since = now.AddYears(-5);
        // One PBKDF2 run for everyone: the same password, a production-strength hash.
        var hash = new PasswordHasher<Person>().HashPassword(null!, Password);
        var shape = Shape.TeamsPerOrganisation(settings.Scale);
        Generated? largest = null;
        var (teams, people) = (0, 0);
        for (var o = 0; o < shape.Length; o++)
        {
            progress.Phase($"organisation {o + 1}/{shape.Length}");
            // Draws of its own per organisation: the same seed gives the same people and teams whatever --now is.
            var random = ids.Random = new Random(unchecked(settings.Seed * 1_000_003 + o));
            var sessions = new Sessions(sink, random, ids);
            var (meetings, teamSessions, log) = (new Meetings(sink, random, ids, sessions, catalogue, now),
                new TeamSessions(sink, random, ids, sessions, catalogue, now), new PersonalLog(sink, random, ids, catalogue, now));
            var organisation = await new Organisations(sink, random, ids, adminRole, hash, since).WriteAsync(o, shape[o]);
            var held = 0;
            foreach (var team in organisation.Teams)
            {
                held += await meetings.WriteAsync(organisation, team, since);
                await teamSessions.WriteAsync(organisation, team, since);
            }
            foreach (var person in organisation.People) await log.WriteAsync(organisation.Organisation.Id, person, organisation.HeavyUsers.Contains(person), since);
            teams += organisation.Teams.Count;
            people += organisation.People.Count;
            // The organisations come largest first; its first team's leader is the one to sign in as.
            largest ??= new Generated(organisation.AdminEmail, organisation.Organisation.Id, organisation.Teams[0].LeaderEmail, organisation.Teams[0].Team.Id,
                0, 0, 0, organisation.People.Count, organisation.Teams.Count, held, new Dictionary<string, long>());
        }
        return largest! with { Organisations = shape.Length, Teams = teams, People = people };
    }
}

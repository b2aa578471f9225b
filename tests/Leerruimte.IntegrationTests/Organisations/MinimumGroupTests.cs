using Leerruimte.Features.Sessions;
using Leerruimte.Data;
using Leerruimte.Features.Actions;
using Leerruimte.Features.Demo;
using Leerruimte.Features.Meter;
using Leerruimte.Features.Sharing;
using Leerruimte.Features.Teams;
using Leerruimte.IntegrationTests.Development;
using Leerruimte.IntegrationTests.Meetings;
using Leerruimte.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Organisations;

/// <summary>
/// The minimum-group rule as the database applies it, on SQLite and PostgreSQL: team averages and a meeting's
/// follow-up appear from k different people, and reading them takes rows per statement, not per person.
/// </summary>
public sealed class MinimumGroupTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    private sealed record Team(Guid Organisation, Guid Id, List<Guid> People);

    [Fact]
    public async Task Team_averages_appear_from_the_minimum_and_someone_measured_twice_counts_once()
    {
        var team = await TeamAsync(members: 3);
        await MeasureAsync(team, team.People[0], score: 1, at: app.UtcNow.AddMinutes(-60));
        await MeasureAsync(team, team.People[0], score: 5, at: app.UtcNow.AddMinutes(-10)); // the latest counts, the first not
        await MeasureAsync(team, team.People[1], score: 3, at: app.UtcNow.AddMinutes(-10));
        var two = Assert.Single(await AggregatesAsync(team));

        await MeasureAsync(team, team.People[2], score: 4, at: app.UtcNow.AddMinutes(-10));
        var three = Assert.Single(await AggregatesAsync(team));

        Assert.Equal((0, 3, false), (two.People, two.Minimum, two.Shown)); // below the minimum not even the count is shown
        Assert.Empty(two.Clusters);
        Assert.Equal((3, true), (three.People, three.Shown));
        Assert.All(three.Clusters, c => Assert.Equal(4.0, c.Average));
    }

    [Fact]
    public async Task Two_measurements_finished_at_the_same_moment_count_as_one()
    {
        var team = await TeamAsync(members: 3);
        var moment = app.UtcNow.AddMinutes(-10);
        await MeasureAsync(team, team.People[0], score: 1, at: moment);
        await MeasureAsync(team, team.People[0], score: 5, at: moment);
        await MeasureAsync(team, team.People[1], score: 3, at: moment);
        await MeasureAsync(team, team.People[2], score: 4, at: moment);

        var three = Assert.Single(await AggregatesAsync(team));

        Assert.Equal(3, three.People);
        Assert.All(three.Clusters, c => Assert.Contains(c.Average, new[] { 2.7, 4.0 })); // one of the two, never both (3.2)
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-4)]
    public async Task A_minimum_of_zero_or_less_still_needs_one_person(int configured)
    {
        var team = await TeamAsync(members: 1);
        await SetMinimumAsync(team, configured);
        var before = await AggregatesAsync(team);

        await MeasureAsync(team, team.People[0], score: 2, at: app.UtcNow.AddMinutes(-5));
        var one = Assert.Single(await AggregatesAsync(team));

        Assert.Empty(before);
        Assert.Equal((1, 1, true), (one.People, one.Minimum, one.Shown));
    }

    [Fact]
    public async Task Team_averages_read_as_many_rows_for_twelve_people_as_for_three()
    {
        var (warm, small, large) = (await TeamAsync(members: 3), await TeamAsync(members: 3), await TeamAsync(members: 12));
        foreach (var team in new[] { warm, small, large })
            foreach (var person in team.People) await MeasureAsync(team, person, score: 3, at: app.UtcNow.AddMinutes(-5));
        await AggregatesAsync(warm); // the pack catalogue is cached after its first read; both teams below publish their first average

        var (smallRows, smallResult) = await CountingRowsAsync(small, (sp, db) => ActivatorUtilities.CreateInstance<TeamDevelopment>(sp, db).AggregatesAsync(small.Id));
        var (largeRows, largeResult) = await CountingRowsAsync(large, (sp, db) => ActivatorUtilities.CreateInstance<TeamDevelopment>(sp, db).AggregatesAsync(large.Id));

        Assert.Equal((3, 12), (Assert.Single(smallResult).People, Assert.Single(largeResult).People));
        Assert.True(Assert.Single(largeResult).Shown);
        Assert.Equal(smallRows, largeRows);
        var statements = (await app.StatementIdsAsync()).Count;
        Assert.InRange(largeRows, statements, 2 * statements); // about a row per statement; one per score would be 12 times as many
        // A later view compares the group with the published one in the database: a few rows, whatever the team's size.
        var (smallAgain, _) = await CountingRowsAsync(small, (sp, db) => ActivatorUtilities.CreateInstance<TeamDevelopment>(sp, db).AggregatesAsync(small.Id));
        var (largeAgain, _) = await CountingRowsAsync(large, (sp, db) => ActivatorUtilities.CreateInstance<TeamDevelopment>(sp, db).AggregatesAsync(large.Id));
        Assert.Equal(smallAgain, largeAgain);
        Assert.True(largeAgain < statements, $"{largeAgain} rows for a view that publishes nothing new");
    }

    [Fact]
    public async Task The_follow_up_appears_from_the_minimum_number_of_answers_and_reads_no_answer_of_anyone()
    {
        var org = await app.CreateOrganisationAsync();
        var meeting = await app.PlanMeetingAsync(org);
        var people = new List<Guid>();
        foreach (var email in org.Everyone) people.Add(await app.PersonIdAsync(email));
        await ActAsync(org.Id, meeting, people[0], before: 4, after: 6);
        await ActAsync(org.Id, meeting, people[1], before: 5, after: 7);
        await ActAsync(org.Id, meeting, people[2], before: 6, after: null); // no answer yet: not counted
        var two = await FollowUpAsync(org.Id, meeting);

        await ActAsync(org.Id, meeting, people[3], before: 6, after: 6);
        var (rows, three) = await CountingRowsAsync(new Team(org.Id, Guid.Empty, []), (_, db) => FollowUpAggregate.OfAsync(db, Origin.Meeting(meeting)));
        foreach (var person in people[4..6]) await ActAsync(org.Id, meeting, person, before: 5, after: 6);
        var (rowsForFive, five) = await CountingRowsAsync(new Team(org.Id, Guid.Empty, []), (_, db) => FollowUpAggregate.OfAsync(db, Origin.Meeting(meeting)));

        Assert.Equal((2, 3, false), (two.Answered, two.Minimum, two.IsShown));
        Assert.Equal((3, 5.0, 6.3, 2), (three.Answered, three.AverageBefore, three.AverageAfter, three.Improved));
        Assert.Equal(5, five.Answered);
        Assert.Equal(rows, rowsForFive);
    }

    private async Task<Team> TeamAsync(int members)
    {
        var key = Guid.NewGuid().ToString("N")[..10];
        var people = Enumerable.Range(1, members)
            .Select(i => new DemoData.DemoPerson($"Lid {i} {key}", $"lid{i}-{key}@test.example", false, ($"Team {key}", TeamRole.Member))).ToArray();
        var organisation = await DemoSeeder.SeedAsync(app.Services, new DemoData.DemoOrganisation($"Organisatie {key}", [$"Team {key}"], people));
        var ids = new List<Guid>();
        foreach (var p in people) ids.Add(await app.PersonIdAsync(p.Email));
        return new Team(organisation, await InOrganisationAsync(organisation, db => db.Teams.Select(t => t.Id).SingleAsync()), ids);
    }

    /// <summary>A completed measurement of Het Gesprek with this score on every statement, counted in the team.</summary>
    private async Task MeasureAsync(Team team, Guid person, int score, DateTime at)
    {
        var statements = await app.StatementIdsAsync();
        await InOrganisationAsync(team.Organisation, async db =>
        {
            var version = await db.ContentPackVersions.Where(p => p.PackId == MeterWorld.Gesprek).OrderByDescending(p => p.Version).FirstAsync();
            var measurement = new Measurement
            {
                PersonId = person, InstrumentVersionId = version.Id, InstrumentId = version.PackId, InstrumentVersion = version.Version,
                Title = version.Title, CompletedAt = at,
                Scores = statements.Select(s => new MeasurementScore { StatementId = s, Value = score }).ToList(),
            };
            db.Measurements.Add(measurement);
            db.Shares.Add(new Share { OwnerId = person, Kind = ShareKind.Measurement, ItemId = measurement.Id, TeamId = team.Id });
            return await db.SaveChangesAsync();
        });
    }

    private Task ActAsync(Guid organisation, Guid meeting, Guid person, int before, int? after) =>
        InOrganisationAsync(organisation, db =>
        {
            db.PersonalActions.Add(new PersonalAction { Origin = Origin.Meeting(meeting), PersonId = person, Text = "Krachtvragen stellen", RatingBefore = before, RatingAfter = after });
            return db.SaveChangesAsync();
        });

    private Task SetMinimumAsync(Team team, int minimum) =>
        InOrganisationAsync(team.Organisation, db => db.Organisations.Where(o => o.Id == team.Organisation)
            .ExecuteUpdateAsync(o => o.SetProperty(x => x.MinimumGroupSize, minimum)));

    private Task<List<InstrumentAggregate>> AggregatesAsync(Team team) =>
        app.InScopeAsync(sp =>
        {
            sp.GetRequiredService<TenantContext>().Enter(team.Organisation);
            return sp.GetRequiredService<TeamDevelopment>().AggregatesAsync(team.Id);
        });

    private Task<FollowUpAggregate> FollowUpAsync(Guid organisation, Guid meeting) =>
        InOrganisationAsync(organisation, db => FollowUpAggregate.OfAsync(db, Origin.Meeting(meeting)));

    private Task<T> InOrganisationAsync<T>(Guid organisation, Func<LeerruimteDb, Task<T>> work) =>
        app.InScopeAsync(sp =>
        {
            sp.GetRequiredService<TenantContext>().Enter(organisation);
            return work(sp.GetRequiredService<LeerruimteDb>());
        });

    /// <summary>Runs <paramref name="work"/> on a context of the app's own kind that counts every row it reads.</summary>
    private Task<(int Rows, T Result)> CountingRowsAsync<T>(Team team, Func<IServiceProvider, LeerruimteDb, Task<T>> work) =>
        app.InScopeAsync(async sp =>
        {
            sp.GetRequiredService<TenantContext>().Enter(team.Organisation);
            var counter = new RowCounter();
            await using var db = RowCounter.Context(sp, counter);
            var result = await work(sp, db);
            return (counter.Rows, result);
        });
}

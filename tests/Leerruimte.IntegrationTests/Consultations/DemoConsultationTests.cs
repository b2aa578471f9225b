using Leerruimte.Data;
using Leerruimte.Features.Cases;
using Leerruimte.Infrastructure.Privacy;
using Leerruimte.Features.Consultations;
using Leerruimte.Features.Demo;
using Leerruimte.Features.LearningLog;
using Leerruimte.Features.Sessions;
using Leerruimte.Features.TeamActions;
using Leerruimte.Infrastructure;
using Leerruimte.IntegrationTests.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Consultations;

/// <summary>The demo's case library and consultations, as ./run.sh seeds them for Wijkteam Noord.</summary>
public sealed class DemoConsultationTests(DemoApp app) : IClassFixture<DemoApp>
{
    private Task<Guid> TeamAsync() => app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().Teams.IgnoreQueryFilters([TenantFilters.Name])
        .Where(t => t.Name == DemoTeamGoals.Team).Select(t => t.Id).SingleAsync());

    private Task<List<CaseConsultation>> ConsultationsAsync(Guid team) => app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().CaseConsultations
        .IgnoreQueryFilters([TenantFilters.Name]).Include(c => c.Session!).ThenInclude(s => s.Participants).AsNoTracking()
        .Where(c => c.TeamId == team).OrderBy(c => c.StartsAt).ToListAsync());

    [Fact]
    public void The_demo_cases_are_written_without_anything_the_privacy_guard_takes_for_identifying_data()
    {
        foreach (var c in DemoCases.All)
        {
            var input = new WriteCase.Input { Title = c.Title, Situation = c.Situation, Question = c.Question, DevelopmentQuestion = c.DevelopmentQuestion, Tags = c.Tags };
            Assert.Empty(PrivacyGuard.Check(input.Guarded, new HashSet<string>()));
        }
    }

    [Fact]
    public async Task The_team_finds_its_four_demo_cases_in_the_library_with_their_labels_and_nothing_confirmed_as_not_identifying()
    {
        var team = await TeamAsync();
        var member = await app.LoginAsync(DemoConsultations.Bringer);

        var library = await member.PageAsync($"/teams/{team}/casuistiek");
        var byLabel = await member.PageAsync($"/teams/{team}/casuistiek?label=eigen%20kracht");
        var confirmations = await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().TeamCases.IgnoreQueryFilters([TenantFilters.Name])
            .Where(c => c.TeamId == team).SelectMany(c => c.Confirmations).CountAsync());

        Assert.Equal(DemoCases.All.Select(c => c.Title).Order(), library.All(".app-cards h2").Order());
        Assert.Equal([DemoCases.Caregiver.Title, DemoCases.Post.Title], byLabel.All(".app-cards h2").Order());
        Assert.Equal(0, confirmations);
    }

    [Fact]
    public async Task Last_weeks_action_learning_consultation_has_notes_on_every_step_two_team_actions_and_confirmed_hours_in_the_learning_logs()
    {
        var team = await TeamAsync();
        var (past, next) = (await ConsultationsAsync(team)) switch { [var p, var n, ..] => (p, n), var all => throw new Xunit.Sdk.XunitException($"{all.Count} consultations") };
        var items = await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().BoardItems.IgnoreQueryFilters([TenantFilters.Name])
            .Where(i => i.SessionId == past.SessionId).AsNoTracking().ToListAsync());
        var actions = await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().TeamActions.IgnoreQueryFilters([TenantFilters.Name])
            .Where(a => a.OriginId == past.Id).AsNoTracking().ToListAsync());
        var people = new Dictionary<string, Guid>();
        foreach (var email in DemoConsultations.Joined.Append(DemoConsultations.Chair)) people[email] = await app.PersonIdAsync(email);
        var logs = await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().LearningActivities.IgnoreQueryFilters([TenantFilters.Name])
            .Where(a => people.Values.Contains(a.PersonId) && a.Title == "Casusoverleg: Actieleren").AsNoTracking().ToListAsync());

        Assert.Equal((ConsultationStatus.Closed, SessionStatus.Closed, DemoConsultations.PastMethod), (past.Status, past.Session!.Status, past.MethodId));
        Assert.InRange(app.UtcNow - past.StartsAt, TimeSpan.FromDays(6.5), TimeSpan.FromDays(7.5));
        Assert.Equal(new TimeOnly(10, 0), TimeOnly.FromDateTime(DutchTime.ToLocal(past.StartsAt)));
        Assert.Equal(past.StartsAt, past.Session.StartedAt);
        Assert.Equal(past.StartsAt.AddMinutes(past.DurationMinutes), past.Session.ClosedAt);
        Assert.Equal(people[DemoConsultations.Bringer], past.CaseBringerId);
        Assert.Equal(Enumerable.Range(0, 5), items.Select(i => i.StepIndex).Distinct().Order());
        Assert.All(items, i => Assert.InRange(i.CreatedAt, past.Session.StartedAt!.Value, past.Session.ClosedAt!.Value));
        Assert.Equal(people.Values.Order(), past.Session.Participants.Where(p => p.Present).Select(p => p.PersonId).Order());
        Assert.Equal(DemoConsultations.Confirmed.Select(e => people[e]).Order(), past.Session.Participants.Where(p => p.ConfirmedAt is not null).Select(p => p.PersonId).Order());

        Assert.Equal([TeamActionStatus.Open, TeamActionStatus.Done], actions.Select(a => a.Status).Order());
        Assert.All(actions, a => Assert.Contains(items, i => i.Id == a.FromItemId && i.Text == a.Text));
        Assert.Equal(people[DemoConsultations.Bringer], actions.Single(a => a.Status == TeamActionStatus.Done).OwnerId);

        Assert.Equal(DemoConsultations.Confirmed.Select(e => people[e]).Order(), logs.Select(l => l.PersonId).Order()); // once each, only who confirmed
        Assert.All(logs, l => Assert.Equal((past.DurationMinutes, ActivityKind.Intervision), (l.Minutes, l.Kind)));

        Assert.Equal((ConsultationStatus.Planned, DemoConsultations.NextMethod), (next.Status, next.MethodId));
        Assert.InRange(next.StartsAt - app.UtcNow, TimeSpan.FromDays(6.5), TimeSpan.FromDays(7.5));
    }

    [Fact]
    public async Task From_next_week_the_team_consults_every_two_weeks_as_a_fixed_agenda_item_with_the_case_chosen_for_the_first_only()
    {
        var team = await TeamAsync();
        var all = await ConsultationsAsync(team);
        var (past, series) = (all[0], all.Skip(1).ToList());
        var member = await app.LoginAsync(DemoConsultations.Bringer);

        var list = await member.PageAsync($"/teams/{team}/casusoverleg");
        var later = await member.PageAsync($"/casusoverleg/{series[1].Id}");

        Assert.Equal(DemoConsultations.SeriesTimes, series.Count);
        Assert.Single(series.Select(c => c.SeriesId).Distinct(), id => id is not null);
        Assert.All(series, c => Assert.Equal((ConsultationStatus.Planned, DemoConsultations.NextMethod), (c.Status, c.MethodId)));
        Assert.Equal(Enumerable.Range(0, DemoConsultations.SeriesTimes).Select(i => 14 * i),
            series.Select(c => DutchTime.DateOf(c.StartsAt).DayNumber - DutchTime.DateOf(series[0].StartsAt).DayNumber));
        Assert.NotNull(series[0].CaseId);
        Assert.All(series.Skip(1), c => Assert.Null(c.CaseId));
        var cards = list.Document.QuerySelectorAll(".app-cards li h2 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([.. series.Select(c => ConsultationLinks.Page(c.Id)), ConsultationLinks.Page(past.Id)], cards); // soonest first, then what was held
        Assert.NotNull(later.Document.QuerySelector("form:not([hidden]) #case"));
    }

    [Fact]
    public async Task The_bringer_reads_the_consultation_back_with_its_attendance_and_actions_and_finds_the_hours_in_her_learning_log()
    {
        var team = await TeamAsync();
        var past = (await ConsultationsAsync(team))[0];
        var bringer = await app.LoginAsync(DemoConsultations.Bringer);

        var page = await bringer.PageAsync($"/casusoverleg/{past.Id}");
        var log = await bringer.PageAsync("/leerlogboek");
        var list = await bringer.PageAsync($"/teams/{team}/acties");

        Assert.Contains(DemoCases.Caregiver.Title, page.Text);
        Assert.Contains(DemoConsultations.IdeaChosen.Text, page.Text);
        Assert.Contains(DemoConsultations.IdeaForTeam.Text, page.Text);
        var rows = page.Document.QuerySelectorAll("tbody tr").ToDictionary(r => r.Children[0].TextContent.Trim(), r => r.Children[2].TextContent.Trim());
        Assert.Equal("nog niet", rows["Kees Jansen"]);
        Assert.NotEqual("nog niet", rows["Aylin Yılmaz"]);
        Assert.Contains("Casusoverleg: Actieleren", log.Text);
        Assert.Contains(DemoConsultations.IdeaForTeam.Text, list.Text);
    }
}

/// <summary>The consultation story at awkward hours: last week's stays in the past and closed, next week's in the future.</summary>
public sealed class DemoConsultationStoryTests
{
    [Theory]
    [InlineData("2026-11-23T08:30:00Z")]  // Monday 09:30, just before the hour of last week's consultation
    [InlineData("2026-11-23T22:30:00Z")]  // Monday 23:30
    [InlineData("2027-04-01T07:00:00Z")]  // 09:00 in summer time, last week's consultation in winter time
    public async Task At_any_hour_the_demo_has_a_closed_consultation_of_last_week_and_a_planned_one_next_week(string utc)
    {
        var now = DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime;
        var app = new DemoAtApp(now);
        try
        {
            _ = app.Server;
            var all = await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().CaseConsultations.IgnoreQueryFilters([TenantFilters.Name])
                .AsNoTracking().OrderBy(c => c.StartsAt).ToListAsync());

            var past = all[0];
            Assert.True(past.Status == ConsultationStatus.Closed && past.StartsAt.AddMinutes(past.DurationMinutes) < now && now - past.StartsAt < TimeSpan.FromDays(8));
            Assert.Equal(DemoConsultations.SeriesTimes, all.Skip(1).Count(next => next.Status == ConsultationStatus.Planned && next.StartsAt > now.AddDays(6)));
            Assert.All(all, c => Assert.Equal(new TimeOnly(10, 0), TimeOnly.FromDateTime(DutchTime.ToLocal(c.StartsAt))));
        }
        finally
        {
            await app.DisposeAsync();
            await app.Database.DisposeAsync();
        }
    }
}

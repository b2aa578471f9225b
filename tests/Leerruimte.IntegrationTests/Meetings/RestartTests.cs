using Leerruimte.Data;
using Leerruimte.Features.Actions;
using Leerruimte.Features.Scheduling;
using Leerruimte.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Meetings;

/// <summary>The follow-up three weeks later, and a meeting interrupted by a restart of the app.</summary>
public sealed class RestartTests : IAsyncLifetime
{
    private readonly FakeClockApp first = new();
    private RestartedApp? second;

    public Task InitializeAsync()
    {
        _ = first.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (second is not null) await second.DisposeAsync();
        await first.DisposeAsync();
        await first.Database.DisposeAsync();
    }

    private static Task<int> RemindersAsync(LeerruimteApp app, string email) =>
        app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().OutboxMessages.IgnoreQueryFilters([TenantFilters.Name])
            .CountAsync(m => m.To == email && m.Subject.StartsWith("Drie weken later")));

    [Fact]
    public async Task Three_weeks_after_the_meeting_every_participant_is_reminded_once()
    {
        var org = await first.CreateOrganisationAsync();
        var id = await first.ClosedMeetingWithAnActionAsync(org);
        var runner = first.Services.GetRequiredService<JobRunner>();

        first.Clock.Advance(TimeSpan.FromDays(20));
        Assert.Equal(0, await runner.RunDueAsync(CancellationToken.None));
        first.Clock.Advance(TimeSpan.FromDays(2));
        await Mail.Eventually.Until(async () => await RemindersAsync(first, org.Member) == 1, what: "follow-up reminder");
        await runner.RunDueAsync(CancellationToken.None);

        Assert.Equal(1, await RemindersAsync(first, org.Member));
        Assert.Contains("geef jezelf opnieuw een cijfer", (await (await first.LoginAsync(org.Member)).PageAsync("/")).Text);
        var job = await first.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().ScheduledJobs.SingleAsync(j => j.SubjectId == id));
        Assert.Equal(FollowUpReminders.Kind, job.Kind);
        Assert.NotNull(job.CompletedAt);
    }

    private static Task<List<OutboxMessage>> MailsToAsync(LeerruimteApp app, string email) =>
        app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().OutboxMessages.IgnoreQueryFilters([TenantFilters.Name])
            .Where(m => m.To == email).ToListAsync());

    [Fact]
    public async Task A_participant_who_chose_no_action_is_invited_to_choose_one_not_asked_how_it_went()
    {
        var big = await first.CreateBigTeamAsync(present: 2);
        var m = await first.LoginAsync(big.Members[0]);
        await (await m.PageAsync($"/bijeenkomsten/{big.Meeting}/mijn-actie")).SubmitAsync(m, "my-action",
            new Dictionary<string, string> { ["Input.Text"] = "Elke dag één compliment geven", ["Input.Rating"] = "4" });
        await first.ConsoleAsync(big.Facilitator, (c, me) => c.CloseAsync(big.Meeting, me));

        first.Clock.Advance(TimeSpan.FromDays(29));  // planned a week ahead, followed up three weeks after
        await Mail.Eventually.Until(async () => await RemindersAsync(first, big.Members[0]) == 1, what: "follow-up reminder");
        await first.Services.GetRequiredService<JobRunner>().RunDueAsync(CancellationToken.None);

        var invited = Assert.Single(await MailsToAsync(first, big.Members[1]), mail => mail.Subject.Contains("later"));
        Assert.StartsWith("Drie weken later: kies alsnog een actie", invited.Subject);
        Assert.DoesNotContain("koos je een concrete actie", invited.TextBody);
        Assert.Contains($"/bijeenkomsten/{big.Meeting}/mijn-actie", invited.TextBody);
        // Written by a job, where no request sets the language: still the Dutch date ("10 november", not "10 November").
        var held = Leerruimte.Infrastructure.DutchTime.ToLocal((await first.MeetingAsync(big.Meeting)).StartsAt);
        Assert.Contains(held.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("nl-NL")), invited.TextBody);
        Assert.Contains("je kunt nog steeds een concrete actie kiezen", (await (await first.LoginAsync(big.Members[1])).PageAsync("/")).Text);
        var reminded = Assert.Single(await MailsToAsync(first, big.Members[0]), mail => mail.Subject.Contains("later"));
        Assert.Contains("koos je een concrete actie", reminded.TextBody);
        Assert.Contains($"/bijeenkomsten/{big.Meeting}/vervolg", reminded.TextBody);
        Assert.DoesNotContain(await MailsToAsync(first, big.Members[2]), mail => mail.Subject.Contains("later"));  // not there, no action: nothing to follow up
    }

    [Fact]
    public async Task A_reminder_scheduled_before_a_restart_fires_once_after_it()
    {
        var org = await first.CreateOrganisationAsync();
        var id = await first.ClosedMeetingWithAnActionAsync(org);
        await first.DisposeAsync(); // the app stops; its database stays

        second = new RestartedApp(first.Database, first.Clock.GetUtcNow().AddDays(22));
        await Mail.Eventually.Until(async () => await RemindersAsync(second, org.Member) == 1, what: "reminder after the restart");
        await second.Services.GetRequiredService<JobRunner>().RunDueAsync(CancellationToken.None);

        Assert.Equal(1, await RemindersAsync(second, org.Member));
    }

    [Fact]
    public async Task After_the_follow_up_the_room_sees_the_team_average_only_once_three_answered()
    {
        var big = await first.CreateBigTeamAsync(present: 4);
        foreach (var (email, before) in big.Members.Take(4).Zip([4, 5, 6, 5]))
        {
            var m = await first.LoginAsync(email);
            await (await m.PageAsync($"/bijeenkomsten/{big.Meeting}/mijn-actie")).SubmitAsync(m, "my-action",
                new Dictionary<string, string> { ["Input.Text"] = "Iets proberen", ["Input.Rating"] = before.ToString() });
        }
        await first.ConsoleAsync(big.Facilitator, (c, me) => c.CloseAsync(big.Meeting, me));
        var screen = $"/bijeenkomsten/{big.Meeting}/vervolg/scherm";

        var answers = new[] { 6, 7, 7 };
        for (var i = 0; i < answers.Length; i++)
        {
            var m = await first.LoginAsync(big.Members[i]);
            var before = await m.PageAsync(screen);
            Assert.Contains("Het teamoverzicht verschijnt zodra minstens 3", before.Text);
            await (await m.PageAsync($"/bijeenkomsten/{big.Meeting}/vervolg")).SubmitAsync(m, "follow-up",
                new Dictionary<string, string> { ["Input.Rating"] = answers[i].ToString(), ["Input.WhatIDid"] = "Geoefend", ["Input.WhatILearned"] = "Het werkt" });
        }
        var shown = await (await first.LoginAsync(big.Members[3])).PageAsync(screen);

        Assert.Contains("5.0", shown.Text.Replace(',', '.'));  // average before of the three who answered: (4+5+6)/3
        Assert.Contains("6.7", shown.Text.Replace(',', '.'));  // average after: (6+7+7)/3
        Assert.DoesNotContain("Lid 1", shown.Text);           // no names on the big screen
    }

    [Fact]
    public async Task A_meeting_resumes_where_it_was_after_the_app_was_killed_and_no_note_is_lost()
    {
        var org = await first.CreateOrganisationAsync();
        var id = await first.PlanMeetingAsync(org);
        await first.ConsoleAsync(org.Facilitator, (c, me) => c.StartAsync(id, me));
        await first.ConsoleAsync(org.Facilitator, (c, me) => c.GoToAsync(id, me, 1));
        await using (var phone = await PhoneClient.ConnectAsync(first, org.Member))
        {
            await phone.JoinAsync(id);
            await phone.AddAsync(id, "Opgeslagen voor de crash");
        }
        await first.DisposeAsync();

        second = new RestartedApp(first.Database, first.Clock.GetUtcNow().AddMinutes(3));
        await using var back = await PhoneClient.ConnectAsync(second, org.Member);
        var joined = await back.JoinAsync(id);
        var next = await second.ConsoleAsync(org.Facilitator, (c, me) => c.GoToAsync(id, me, 2));

        Assert.Equal(1, joined.State!.StepIndex);
        Assert.Equal(["Opgeslagen voor de crash"], joined.Items!.Select(i => i.Text));
        Assert.Null(next.Error);
    }
}

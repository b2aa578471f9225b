using Leerruimte.Data;
using Leerruimte.Features.Development;
using Leerruimte.Features.Scheduling;
using Leerruimte.Infrastructure;
using Leerruimte.IntegrationTests.Mail;
using Leerruimte.IntegrationTests.Meetings;
using Leerruimte.IntegrationTests.Sharing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Development;

/// <summary>A development point's target date brings its owner a reminder that morning at 08:00 Dutch time, once.</summary>
public sealed class TargetDateReminderTests(FakeClockApp app) : IClassFixture<FakeClockApp>
{
    private const string Subject = "Streefdatum vandaag: ";

    private static Dictionary<string, string> Point(string title, DateOnly? date) => new()
    {
        ["Input.Title"] = title, ["Input.Goal"] = "", ["Input.Motivation"] = "", ["Input.Needs"] = "", ["Input.FirstStep"] = "",
        ["Input.TargetDate"] = date?.ToString("yyyy-MM-dd") ?? "",
    };

    private static async Task<string> NewPointAsync(HttpClient client, string title, DateOnly? date)
    {
        var result = await (await client.PageAsync("/ontwikkelplan/nieuw")).SubmitAsync(client, "point", Point(title, date));
        Assert.Equal(HttpStatusCode.Redirect, result.Status);
        return new Uri(new Uri("http://localhost"), result.Response.Headers.Location!).AbsolutePath;
    }

    private DateOnly DutchToday => DateOnly.FromDateTime(DutchTime.ToLocal(app.UtcNow));

    /// <summary>The clock on this Dutch day and time (it only moves forward).</summary>
    private void MoveTo(DateOnly day, int hour, int minute = 0)
    {
        Assert.True(DutchTime.TryToUtc(day, new TimeOnly(hour, minute), out var utc));
        app.Clock.SetUtcNow(new DateTimeOffset(utc, TimeSpan.Zero));
    }

    private Task<int> RemindersAsync(string email) =>
        app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().OutboxMessages.IgnoreQueryFilters([TenantFilters.Name])
            .CountAsync(m => m.To == email && m.Subject.StartsWith(Subject)));

    private Task<int> RunDueAsync() => app.Services.GetRequiredService<JobRunner>().RunDueAsync(CancellationToken.None);

    private Task<ScheduledJob> JobOfAsync(string pointUrl) =>
        app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().ScheduledJobs.SingleAsync(j => j.Kind == TargetDateReminders.Kind && j.SubjectId == Guid.Parse(pointUrl.Split('/').Last())));

    [Fact]
    public async Task The_owner_is_reminded_at_eight_in_the_morning_of_the_target_date_on_the_start_page_and_by_mail_once()
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);
        var date = DutchToday.AddDays(10);
        var url = await NewPointAsync(member, "Krachtvragen stellen", date);

        MoveTo(date, 7, 59);
        await RunDueAsync();
        Assert.Equal(0, await RemindersAsync(org.Member));
        MoveTo(date, 8);
        await Eventually.Until(async () => await RemindersAsync(org.Member) == 1, what: "target-date reminder");
        await RunDueAsync();

        Assert.Equal(1, await RemindersAsync(org.Member));
        var mail = (await app.MailsToAsync(org.Member)).Single(m => m.Subject.StartsWith(Subject));
        Assert.Equal(Subject + "Krachtvragen stellen", mail.Subject);
        Assert.Contains($"Vandaag, {date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"))}, wilde je je ontwikkelpunt ‘Krachtvragen stellen’ bereikt hebben.", mail.TextBody);
        Assert.Contains(LeerruimteApp.PublicUrl + url, mail.TextBody);
        var note = Assert.Single(await app.NotificationsOfAsync(await app.PersonIdAsync(org.Member)));
        Assert.Equal(url, note.Link);
        Assert.Contains("Vandaag is de streefdatum van je ontwikkelpunt ‘Krachtvragen stellen’.", (await (await app.LoginAsync(org.Member)).PageAsync("/")).Text);
    }

    [Fact]
    public async Task Eight_oclock_is_Dutch_time_in_winter_and_in_summer()
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);
        var year = DutchToday.Year + 1;
        var winter = await NewPointAsync(member, "In de winter", new DateOnly(year, 1, 15));
        var summer = await NewPointAsync(member, "In de zomer", new DateOnly(year, 7, 15));

        Assert.Equal(new DateTime(year, 1, 15, 7, 0, 0, DateTimeKind.Utc), (await JobOfAsync(winter)).DueAt);
        Assert.Equal(new DateTime(year, 7, 15, 6, 0, 0, DateTimeKind.Utc), (await JobOfAsync(summer)).DueAt);
    }

    [Fact]
    public async Task A_point_reached_before_its_date_or_whose_date_was_removed_gets_no_reminder()
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);
        var date = DutchToday.AddDays(3);
        var reached = await NewPointAsync(member, "Al bereikt", date);
        var undated = await NewPointAsync(member, "Zonder datum", date);
        await (await member.PageAsync(reached)).SubmitAsync(member, "point-status", new Dictionary<string, string> { ["NewStatus"] = "Done", ["StatusNote"] = "" });
        await (await member.PageAsync(undated)).SubmitAsync(member, "point", Point("Zonder datum", null));

        MoveTo(date, 8, 30);
        await Eventually.Until(async () => (await JobOfAsync(reached)).CompletedAt is not null && (await JobOfAsync(undated)).CompletedAt is not null, what: "both jobs done");

        Assert.Equal(0, await RemindersAsync(org.Member));
        Assert.Empty(await app.NotificationsOfAsync(await app.PersonIdAsync(org.Member)));
    }

    [Fact]
    public async Task A_target_date_moved_later_reminds_on_the_new_date_also_after_the_first_reminder()
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);
        var first = DutchToday.AddDays(2);
        var url = await NewPointAsync(member, "Eerst zo", first);
        var moved = first.AddDays(5);
        await (await member.PageAsync(url)).SubmitAsync(member, "point", Point("Eerst zo", moved));

        MoveTo(first, 9);
        await RunDueAsync();
        Assert.Equal(0, await RemindersAsync(org.Member));
        MoveTo(moved, 8);
        await Eventually.Until(async () => await RemindersAsync(org.Member) == 1, what: "reminder on the moved date");
        // Reached on the day? Not yet: a new date after the reminder gets a reminder of its own.
        var later = moved.AddDays(7);
        member = await app.LoginAsync(org.Member); // the clock moved past the sign-in's 12 hours
        await (await member.PageAsync(url)).SubmitAsync(member, "point", Point("Eerst zo", later));
        MoveTo(later, 8);
        await Eventually.Until(async () => await RemindersAsync(org.Member) == 2, what: "reminder on the new date");
        await RunDueAsync();

        Assert.Equal(2, await RemindersAsync(org.Member));
    }

    [Fact]
    public async Task A_target_date_in_the_past_schedules_nothing()
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);

        var url = await NewPointAsync(member, "Te laat", DutchToday.AddDays(-1));

        Assert.False(await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().ScheduledJobs.AnyAsync(j => j.SubjectId == Guid.Parse(url.Split('/').Last()))));
    }
}

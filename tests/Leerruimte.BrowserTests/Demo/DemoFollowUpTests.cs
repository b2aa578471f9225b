using Leerruimte.Data;
using Leerruimte.Features.Actions;
using Leerruimte.Features.Meetings;
using Leerruimte.Features.People;
using Leerruimte.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Leerruimte.BrowserTests.Demo;

/// <summary>
/// The walkthrough's follow-up on the demo as ./run.sh starts it (issue 10, items 6 and 8): the reminder of the
/// meeting three weeks ago has reached the members present whatever the hour (8c); who chose an action is asked for
/// the second rating, who did not is invited to choose one still (6); the admin's outbox shows the Dutch time (8b).
/// </summary>
public sealed class DemoFollowUpTests(BrowserSuite suite, ITestOutputHelper output) : BrowserTest(suite, output)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Soon = new() { Timeout = 20_000 };

    [Fact]
    public async Task The_demo_reminder_has_come_to_each_member_present_in_the_words_for_them_and_the_outbox_shows_dutch_time()
    {
        var (withAction, withoutAction, title) = await PresentMembersAsync();

        var asked = await NewPageSignedInAsAsync(withAction, Phone);
        await asked.GotoAsync("/");
        await Expect(asked.GetByText($"na ‘{title}’: geef jezelf opnieuw een cijfer", new() { Exact = false }).First).ToBeVisibleAsync(Soon);
        var invited = await NewPageSignedInAsAsync(withoutAction, Phone);
        await invited.GotoAsync("/");
        await Expect(invited.GetByText("je kunt nog steeds een concrete actie kiezen", new() { Exact = false }).First).ToBeVisibleAsync(Soon);
        await Screenshots.TakeAsync(invited, "demo-start-invited-to-choose-an-action");

        var admin = await NewPageSignedInAsAsync(DemoAccounts.Admin);
        await admin.GotoAsync("/beheer/outbox");
        var sent = await FirstReminderAsync();
        var dutch = System.Globalization.CultureInfo.GetCultureInfo("nl-NL");
        await Expect(admin.Locator("main")).ToContainTextAsync($"{sent.To} · {DutchTime.ToLocal(sent.CreatedAt).ToString("d MMM HH:mm", dutch)}");
        Assert.DoesNotMatch(@"\b(January|February|March|April|May|June|July|August|September|October|November|December)\b", sent.TextBody); // a job writes Dutch dates too
        await Accessibility.CheckAsync(new Pages.OutboxPage(admin), "outbox");
        Accessibility.ShouldHaveFoundNoSeriousViolations();
    }

    /// <summary>One member of the demo's past meeting with an action and without a second rating, one present without an action.</summary>
    private async Task<(string WithAction, string WithoutAction, string Title)> PresentMembersAsync()
    {
        await using var scope = Suite.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LeerruimteDb>();
        var past = await db.Meetings.IgnoreQueryFilters([TenantFilters.Name]).Include(m => m.Session!).ThenInclude(s => s.Participants)
            .Where(m => m.Status == MeetingStatus.Closed).OrderBy(m => m.OrganisationId).ThenByDescending(m => m.StartsAt).FirstAsync(); // not the dashboards' history
        var actions = await db.PersonalActions.IgnoreQueryFilters([TenantFilters.Name])
            .Where(a => a.OriginKind == Features.Sessions.Origin.MeetingKind && a.OriginId == past.Id).ToListAsync();
        var present = past.Session!.Participants.Where(p => p.Present && p.PersonId != past.FacilitatorId).Select(p => p.PersonId).ToList();
        var asked = actions.First(a => a.RatingAfter is null).PersonId;
        var invited = present.First(p => actions.All(a => a.PersonId != p));
        var emails = await db.Set<Person>().IgnoreQueryFilters([TenantFilters.Name]).Where(p => p.Id == asked || p.Id == invited).ToDictionaryAsync(p => p.Id, p => p.Email!);
        return (emails[asked], emails[invited], past.Title);
    }

    private async Task<Leerruimte.Infrastructure.Mail.OutboxMessage> FirstReminderAsync()
    {
        await using var scope = Suite.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LeerruimteDb>().OutboxMessages.IgnoreQueryFilters([TenantFilters.Name])
            .Where(m => m.Subject.StartsWith("Drie weken later") && m.To.EndsWith("@lindenhaven.example")).OrderByDescending(m => m.CreatedAt).FirstAsync();
    }
}

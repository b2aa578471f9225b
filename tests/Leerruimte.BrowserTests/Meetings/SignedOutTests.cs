using System.Text.RegularExpressions;
using Leerruimte.Features.Demo;
using Leerruimte.Features.People;
using Leerruimte.Features.Teams;
using Leerruimte.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Leerruimte.BrowserTests.Meetings;

/// <summary>
/// A console and a phone stay open for a whole meeting. When an admin blocks someone meanwhile, their screen stops
/// showing the meeting at the next check of sign-ins (shortened to a few seconds for the browser suite).
/// </summary>
public sealed class SignedOutTests(BrowserSuite suite, ITestOutputHelper output) : MeetingBrowserTest(suite, output)
{
    private static readonly LocatorAssertionsToBeVisibleOptions WithinChecks = new() { Timeout = 20_000 };

    [Fact]
    public async Task The_console_and_the_phone_of_people_blocked_during_the_meeting_stop_showing_it()
    {
        // Their own organisation, so blocking them leaves the demo accounts of the other tests alone.
        var key = Guid.NewGuid().ToString("N")[..8];
        var (team, facilitatorEmail, memberEmail) = ($"Team {key}", $"pb-{key}@test.example", $"lid-{key}@test.example");
        await DemoSeeder.SeedAsync(Suite.App.Services, new DemoData.DemoOrganisation($"Organisatie {key}", [team],
            [new($"Procesbegeleider {key}", facilitatorEmail, false, (team, TeamRole.Facilitator)),
             new($"Teamlid {key}", memberEmail, false, (team, TeamRole.Member))]));

        var (meeting, console, _) = await RunningMeetingAsync(facilitatorEmail);
        var phone = new PhonePage(await NewPageSignedInAsAsync(memberEmail, Phone), meeting.Id);
        await phone.GotoAsync();
        await phone.ShouldBeLiveAsync();

        await BlockAsync(facilitatorEmail);
        await BlockAsync(memberEmail);

        await Expect(console.Heading).ToHaveTextAsync("Je bent afgemeld", new() { Timeout = 20_000 });
        await Expect(console.Root).ToHaveCountAsync(0);
        await Expect(console.Page.GetByRole(AriaRole.Link, new() { Name = "Inloggen" }).Last).ToBeVisibleAsync(WithinChecks);
        await Accessibility.CheckAsync(console, "signed out");
        await Expect(phone.Page).ToHaveURLAsync(new Regex("/inloggen\\?ReturnUrl="), new() { Timeout = 20_000 });
        Accessibility.ShouldHaveFoundNoSeriousViolations();
    }

    private async Task BlockAsync(string email)
    {
        await using var scope = Suite.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Person>>();
        var tenant = scope.ServiceProvider.GetRequiredService<TenantContext>();
        Person person;
        using (tenant.OpenAccountLookup()) person = (await users.FindByEmailAsync(email))!;
        tenant.Enter(person.OrganisationId);
        await users.SetLockoutEndDateAsync(person, DateTimeOffset.MaxValue);
        await users.UpdateSecurityStampAsync(person);
    }
}

using Leerruimte.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Mail;

public sealed class OutboxPageTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    [Fact]
    public async Task An_admin_sees_the_messages_of_their_own_organisation_and_never_those_of_another()
    {
        var ours = await app.CreateOrganisationAsync("Eigen");
        var theirs = await app.CreateOrganisationAsync("Ander");
        var ourSubject = $"Uitnodiging bijeenkomst {Guid.NewGuid():N}";
        var theirSubject = $"Uitnodiging bijeenkomst {Guid.NewGuid():N}";
        await app.AddToOutboxAsync(MailWorld.NewAddress(), ourSubject, "Tot donderdag!", organisationId: ours.Id);
        await app.AddToOutboxAsync(MailWorld.NewAddress(), theirSubject, "Tot vrijdag!", organisationId: theirs.Id);
        var browser = app.Browser();
        await (await browser.PageAsync("/wachtwoord-vergeten")).SubmitAsync(browser, "forgot", new Dictionary<string, string> { ["Input.Email"] = theirs.Member });

        var page = await (await app.LoginAsync(ours.Admin)).PageAsync("/beheer/outbox");
        var theirPage = await (await app.LoginAsync(theirs.Admin)).PageAsync("/beheer/outbox");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Postvak uit", page.H1);
        Assert.Contains(ourSubject, page.Text);
        Assert.Contains("Tot donderdag!", page.Text);
        Assert.DoesNotContain(theirSubject, page.Text);
        Assert.DoesNotContain(theirs.Member, page.Text);
        Assert.Contains(theirSubject, theirPage.Text);
        Assert.Contains(theirs.Member, theirPage.Text);
        Assert.DoesNotContain(ourSubject, theirPage.Text);
    }

    [Theory]
    [InlineData("2026-07-01T08:15:00", "1 jul 10:15")]   // summer time, UTC+2
    [InlineData("2026-12-01T23:30:00", "2 dec 00:30")]   // winter time, UTC+1, the next day
    public async Task The_outbox_shows_when_a_message_was_made_in_Dutch_time_not_server_time(string utc, string dutch)
    {
        var org = await app.CreateOrganisationAsync();
        var subject = $"Herinnering {Guid.NewGuid():N}";
        var id = await app.AddToOutboxAsync(MailWorld.NewAddress(), subject, "Tot dan", organisationId: org.Id);
        var at = DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture);
        await app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().OutboxMessages.IgnoreQueryFilters([TenantFilters.Name])
            .Where(m => m.Id == id).ExecuteUpdateAsync(u => u.SetProperty(m => m.CreatedAt, at)));

        var page = await (await app.LoginAsync(org.Admin)).PageAsync("/beheer/outbox");

        var summary = Assert.Single(page.All("summary"), s => s.Contains(subject));
        Assert.Contains(dutch, summary);
        Assert.DoesNotContain(at.ToString("HH:mm"), summary);
    }

    [Fact]
    public async Task The_outbox_page_is_for_admins_only()
    {
        var org = await app.CreateOrganisationAsync();
        var subject = $"Terugkoppeling {Guid.NewGuid():N}";
        await app.AddToOutboxAsync(MailWorld.NewAddress(), subject, "Vertrouwelijk", organisationId: org.Id);

        var asLeader = await (await app.LoginAsync(org.Leader)).GetAsync("/beheer/outbox");
        var anonymous = await app.Browser().GetAsync("/beheer/outbox");

        Assert.Equal(HttpStatusCode.Redirect, asLeader.StatusCode);
        Assert.StartsWith("/geen-toegang", asLeader.Headers.Location!.PathAndQuery);
        Assert.DoesNotContain(subject, await asLeader.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/inloggen", anonymous.Headers.Location!.PathAndQuery);
    }
}

public sealed class OutboxPageSwitchedOffTests(OutboxHiddenApp app) : IClassFixture<OutboxHiddenApp>
{
    [Fact]
    public async Task Without_ShowOutboxPage_the_outbox_page_is_not_found_and_not_linked()
    {
        var org = await app.CreateOrganisationAsync();
        var admin = await app.LoginAsync(org.Admin);

        var outbox = await admin.PageAsync("/beheer/outbox");
        var adminHome = await admin.PageAsync("/beheer");

        Assert.Equal(HttpStatusCode.NotFound, outbox.Status);
        Assert.Equal(HttpStatusCode.OK, adminHome.Status);
        Assert.DoesNotContain(adminHome.Document.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/beheer/outbox");
    }
}

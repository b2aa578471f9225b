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
        Assert.Equal("Uitbak e-mail", page.H1);
        Assert.Contains(ourSubject, page.Text);
        Assert.Contains("Tot donderdag!", page.Text);
        Assert.DoesNotContain(theirSubject, page.Text);
        Assert.DoesNotContain(theirs.Member, page.Text);
        Assert.Contains(theirSubject, theirPage.Text);
        Assert.Contains(theirs.Member, theirPage.Text);
        Assert.DoesNotContain(ourSubject, theirPage.Text);
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

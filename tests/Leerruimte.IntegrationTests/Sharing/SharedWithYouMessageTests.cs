namespace Leerruimte.IntegrationTests.Sharing;

/// <summary>Someone something is shared with hears of it: on the start page and by mail, once per share.</summary>
public sealed class SharedWithYouMessageTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    [Fact]
    public async Task Sharing_the_plan_tells_the_reader_on_the_start_page_and_by_mail_who_shared_what_with_a_link()
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);
        var owner = await app.PersonIdAsync(org.Member);

        await app.ShareAsync(member, "/ontwikkelplan", org.Leader);

        var mail = Assert.Single(await app.MailsToAsync(org.Leader));
        var name = $"Teamlid {org.Team["Team ".Length..]}";
        Assert.Equal($"{name} heeft iets met je gedeeld: Ontwikkelplan van {name}", mail.Subject);
        Assert.Contains($"{LeerruimteApp.PublicUrl}/gedeeld/plan/{owner}", mail.TextBody);
        var start = await (await app.LoginAsync(org.Leader)).PageAsync("/");
        var note = start.Document.QuerySelectorAll(".app-notification").Single(n => n.TextContent.Contains($"{name} heeft iets met je gedeeld"));
        Assert.Equal($"/gedeeld/plan/{owner}", note.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Sharing_twice_with_the_same_person_sends_one_message_and_taking_it_back_sends_none()
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);
        var leader = await app.PersonIdAsync(org.Leader);

        await app.ShareAsync(member, "/ontwikkelplan", org.Leader);
        await app.ShareAsync(member, "/ontwikkelplan", org.Leader);
        var revoked = await SharingWorld.RevokeAllAsync(member, "/ontwikkelplan");

        Assert.Empty(revoked.Document.QuerySelectorAll("button[name=RevokeId]"));
        Assert.Single(await app.MailsToAsync(org.Leader));
        Assert.Single(await app.NotificationsOfAsync(leader));
        Assert.Empty(await app.MailsToAsync(org.Member));
    }

    [Fact]
    public async Task The_link_in_the_mail_is_built_on_the_configured_address_not_on_the_Host_header()
    {
        var org = await app.CreateOrganisationAsync();
        var member = await app.LoginAsync(org.Member);
        member.DefaultRequestHeaders.Host = "aanvaller.example";

        await app.ShareAsync(member, "/leerlogboek", org.Colleague);

        var mail = Assert.Single(await app.MailsToAsync(org.Colleague));
        Assert.Contains($"{LeerruimteApp.PublicUrl}/gedeeld/leerlogboek/{await app.PersonIdAsync(org.Member)}", mail.TextBody);
        Assert.DoesNotContain("aanvaller", mail.TextBody);
    }
}

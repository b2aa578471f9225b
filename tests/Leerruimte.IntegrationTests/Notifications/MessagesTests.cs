using Leerruimte.Features.Notifications;
using Leerruimte.IntegrationTests.Sharing;

namespace Leerruimte.IntegrationTests.Notifications;

public sealed class MessagesTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    [Fact]
    public async Task A_message_longer_than_the_start_page_holds_is_shortened_there_and_still_mailed_whole()
    {
        var org = await app.CreateOrganisationAsync();
        var notice = "Een bijeenkomst met een heel lange titel " + new string('x', 600);

        await app.SendMessageAsync(org, org.Member, MessageKind.Notice, notice);

        Assert.Equal(Notification.MaxText, Assert.Single(await app.NotificationsOfAsync(org.Member)).Text.Length);
        var mail = Assert.Single(await app.MailsToAsync(org.Member));
        Assert.Contains(notice, mail.TextBody);
        Assert.True(mail.Subject.Length <= Leerruimte.Infrastructure.Mail.MailOutbox.MaxSubject); // PostgreSQL refuses a longer one
    }

    [Fact]
    public async Task Sharing_with_someone_who_keeps_shares_for_the_digest_sends_no_mail_now_and_puts_it_on_their_start_page()
    {
        var org = await app.CreateOrganisationAsync();
        await app.ChooseAsync(org.Leader, ("gedeeld", "verzamelmail"));

        await app.ShareAsync(await app.LoginAsync(org.Member), "/ontwikkelplan", org.Leader);

        Assert.Empty(await app.MailsToAsync(org.Leader));
        Assert.True(Assert.Single(await app.NotificationsOfAsync(org.Leader)).KeptForDigest);
    }
}

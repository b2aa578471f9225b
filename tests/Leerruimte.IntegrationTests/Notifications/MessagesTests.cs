using Leerruimte.Features.Notifications;

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
        Assert.Contains(notice, Assert.Single(await app.MailsToAsync(org.Member)).TextBody);
    }
}
